using System.Runtime.InteropServices;
using System.Text;
using ExpertGraph.Core.Storage;

namespace ExpertGraph.Search.Careers;

/// <summary>
/// The person facts saved beside the store as a cache of it (like the semantic index): stamped with the store state they
/// were built from, written whole then renamed into place, refused (null) when short, foreign, of another stamp or
/// inconsistent, so the caller rebuilds. The head's last byte is the format version.
/// </summary>
public static class PersonFactsFile
{
    private static readonly byte[] Head = Encoding.ASCII.GetBytes("EGFACT\0\u0001");
    private static readonly byte[] Tail = Encoding.ASCII.GetBytes("EGFACTEND");

    public static void Write(PersonFacts facts, string path, long stamp)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(path);
        var d = facts.Data;
        CacheFiles.WriteAtomically(path, stream =>
        {
            using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
            writer.Write(Head);
            writer.Write(stamp);
            WriteStrings(writer, d.Countries);
            WriteStrings(writer, d.InstitutionNames);
            WriteStrings(writer, d.Fields);
            writer.Write(d.CountrySets.Length);
            foreach (var set in d.CountrySets)
            {
                writer.Write(set.Length);
                foreach (var country in set) writer.Write(country);
            }

            WriteArray<long>(writer, d.PersonIds);
            WriteArray<short>(writer, d.PersonCountries);
            WriteArray<int>(writer, d.PersonFields);
            WriteArray<int>(writer, d.WorkStart);
            WriteArray<long>(writer, d.WorkIds);
            WriteArray<short>(writer, d.WorkYears);
            WriteArray<byte>(writer, d.WorkKinds);
            WriteArray<int>(writer, d.WorkCitations);
            WriteArray<int>(writer, d.WorkInstitutions);
            WriteArray<int>(writer, d.WorkCountrySets);
            WriteArray<long>(writer, d.InstitutionIds);
            WriteArray<short>(writer, d.InstitutionCountries);
            writer.Write(Tail);
        });
    }

    /// <summary>The facts saved at <paramref name="path"/> with exactly this stamp, or null (missing, other stamp, damaged).</summary>
    public static PersonFacts? TryRead(string path, long stamp)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path)) return null;
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20);
            using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
            if (!reader.ReadBytes(Head.Length).AsSpan().SequenceEqual(Head)) return null;
            if (reader.ReadInt64() != stamp) return null;
            var countries = ReadStrings(reader);
            var institutionNames = ReadStrings(reader);
            var fields = ReadStrings(reader);
            var countrySets = new short[Count(reader)][];
            for (var i = 0; i < countrySets.Length; i++)
            {
                countrySets[i] = new short[Count(reader)];
                for (var j = 0; j < countrySets[i].Length; j++) countrySets[i][j] = reader.ReadInt16();
            }

            var data = new PersonFactsData(
                PersonIds: ReadArray<long>(reader),
                PersonCountries: ReadArray<short>(reader),
                PersonFields: ReadArray<int>(reader),
                WorkStart: ReadArray<int>(reader),
                WorkIds: ReadArray<long>(reader),
                WorkYears: ReadArray<short>(reader),
                WorkKinds: ReadArray<byte>(reader),
                WorkCitations: ReadArray<int>(reader),
                WorkInstitutions: ReadArray<int>(reader),
                WorkCountrySets: ReadArray<int>(reader),
                Countries: countries,
                CountrySets: countrySets,
                InstitutionIds: ReadArray<long>(reader),
                InstitutionNames: institutionNames,
                InstitutionCountries: ReadArray<short>(reader),
                Fields: fields);
            if (!reader.ReadBytes(Tail.Length).AsSpan().SequenceEqual(Tail) || stream.Position != stream.Length) return null;
            return new PersonFacts(data);
        }
        catch (Exception ex) when (ex is EndOfStreamException or ArgumentException or IOException or InvalidDataException)
        {
            return null;
        }
    }

    private static void WriteStrings(BinaryWriter writer, string[] values)
    {
        writer.Write(values.Length);
        foreach (var value in values) writer.Write(value);
    }

    private static string[] ReadStrings(BinaryReader reader)
    {
        var values = new string[Count(reader)];
        for (var i = 0; i < values.Length; i++) values[i] = reader.ReadString();
        return values;
    }

    private static void WriteArray<T>(BinaryWriter writer, T[] values) where T : struct
    {
        writer.Write(values.Length);
        writer.Flush();
        writer.BaseStream.Write(MemoryMarshal.AsBytes(values.AsSpan()));
    }

    private static T[] ReadArray<T>(BinaryReader reader) where T : struct
    {
        var length = Count(reader);
        if (length * (long)Marshal.SizeOf<T>() > reader.BaseStream.Length - reader.BaseStream.Position) throw new InvalidDataException("array longer than the file");
        return CacheFiles.ReadArray<T>(reader.BaseStream, length);
    }

    private static int Count(BinaryReader reader)
    {
        var count = reader.ReadInt32();
        if (count < 0 || count > reader.BaseStream.Length) throw new InvalidDataException("impossible count");
        return count;
    }
}
