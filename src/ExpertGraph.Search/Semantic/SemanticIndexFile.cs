using System.Runtime.InteropServices;
using System.Text;
using ExpertGraph.Core.Storage;

namespace ExpertGraph.Search.Semantic;

/// <summary>
/// The semantic index saved beside the store as a cache of it (like the graph snapshot): stamped with the store state it
/// was built from, written to a temporary file and renamed into place, refused (null) when short, foreign, of another
/// stamp or inconsistent, so the caller rebuilds. The head's last byte is the format version.
/// </summary>
public static class SemanticIndexFile
{
    private static readonly byte[] Head = Encoding.ASCII.GetBytes("EGSEM\0\0\u0001");
    private static readonly byte[] Tail = Encoding.ASCII.GetBytes("EGSEMEND");

    public static void Write(SemanticIndex index, string path, long stamp)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(path);
        CacheFiles.WriteAtomically(path, stream =>
        {
            using var writer = new BinaryWriter(stream, Encoding.UTF8, leaveOpen: true);
            var space = index.Space;
            writer.Write(Head);
            writer.Write(stamp);
            writer.Write(space.Dimensions);
            writer.Write(space.FittedWorks);
            writer.Write(space.Terms.Length);
            foreach (var term in space.Terms) writer.Write(term);
            writer.Write(index.WorkIds.Length);
            writer.Write(index.PersonIds.Length);
            writer.Flush();
            stream.Write(MemoryMarshal.AsBytes(space.Idf.AsSpan()));
            stream.Write(MemoryMarshal.AsBytes(space.Projection.AsSpan()));
            stream.Write(MemoryMarshal.AsBytes(index.WorkIds.AsSpan()));
            stream.Write(MemoryMarshal.AsBytes(index.WorkVectors.AsSpan()));
            stream.Write(MemoryMarshal.AsBytes(index.PersonIds.AsSpan()));
            stream.Write(MemoryMarshal.AsBytes(index.PersonVectors.AsSpan()));
            stream.Write(MemoryMarshal.AsBytes(index.PersonWorkCounts.AsSpan()));
            stream.Write(Tail);
        });
    }

    /// <summary>The index saved at <paramref name="path"/> with exactly this stamp, or null (missing, other stamp, damaged).</summary>
    public static SemanticIndex? TryRead(string path, long stamp)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path)) return null;
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20);
            using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
            if (!reader.ReadBytes(Head.Length).AsSpan().SequenceEqual(Head)) return null;
            if (reader.ReadInt64() != stamp) return null;
            var dimensions = reader.ReadInt32();
            var fitted = reader.ReadInt32();
            var termCount = reader.ReadInt32();
            if (dimensions is < 0 or > 1024 || termCount < 0 || fitted < 0 || termCount > stream.Length) return null;
            var terms = new string[termCount];
            for (var i = 0; i < termCount; i++) terms[i] = reader.ReadString();
            var works = reader.ReadInt32();
            var persons = reader.ReadInt32();
            if (works < 0 || persons < 0) return null;
            var expected = stream.Position + (termCount * 4L) + (termCount * (long)dimensions * 4) + (works * 8L) + (works * (long)dimensions)
                + (persons * 8L) + (persons * (long)dimensions) + (persons * 4L) + Tail.Length;
            if (stream.Length != expected) return null;
            var idf = CacheFiles.ReadArray<float>(stream, termCount);
            var projection = CacheFiles.ReadArray<float>(stream, termCount * dimensions);
            var workIds = CacheFiles.ReadArray<long>(stream, works);
            var workVectors = CacheFiles.ReadArray<sbyte>(stream, works * dimensions);
            var personIds = CacheFiles.ReadArray<long>(stream, persons);
            var personVectors = CacheFiles.ReadArray<sbyte>(stream, persons * dimensions);
            var counts = CacheFiles.ReadArray<int>(stream, persons);
            if (!reader.ReadBytes(Tail.Length).AsSpan().SequenceEqual(Tail)) return null;
            return new SemanticIndex(new SemanticSpace(terms, idf, projection, dimensions, fitted), workIds, workVectors, personIds, personVectors, counts);
        }
        catch (Exception ex) when (ex is EndOfStreamException or ArgumentException or IOException)
        {
            return null;
        }
    }
}
