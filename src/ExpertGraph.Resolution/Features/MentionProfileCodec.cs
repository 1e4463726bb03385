using System.Buffers.Binary;
using System.Text;

namespace ExpertGraph.Resolution.Features;

/// <summary>
/// A <see cref="MentionProfile"/> as the store keeps it with its authorship (authorships.profile), so that loading a
/// name block reads one row per mention and profiles nothing. What the compacted profile holds is written, except what
/// the authorship row itself gives back: the signature's id, name and work (<see cref="Decode"/> takes them).
/// <para>
/// The header names what made the profile: this codec's <see cref="Version"/> and the lexicon version its concepts were
/// tagged with. A profile made by another codec or lexicon reads as none (<see cref="TryDecode"/> returns null), and
/// the resolver profiles that mention again from its work, as before profiles were stored. Raise <see cref="Version"/>
/// whenever the profiler or this layout changes what a mention's profile is.
/// </para>
/// Layout (little-endian): version byte, lexicon version (8 bytes), flags byte (Chinese, Han script, has year), year
/// (4 bytes, when present), then strings (7-bit length + 1, 0 for null, UTF-8), string arrays (7-bit count, strings) and
/// concepts (7-bit count, then 7-bit id and 4-byte float each) in the order of <see cref="Encode"/>.
/// </summary>
public static class MentionProfileCodec
{
    public const byte Version = 1;

    private const int HeaderLength = 1 + sizeof(long);

    public static byte[] Encode(MentionProfile profile, long lexiconVersion)
    {
        ArgumentNullException.ThrowIfNull(profile);
        using var buffer = new MemoryStream(256);
        using (var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(Version);
            writer.Write(lexiconVersion);
            var flags = (profile.Chinese ? 1 : 0) | (profile.HanScript ? 2 : 0) | (profile.Year is null ? 0 : 4);
            writer.Write((byte)flags);
            if (profile.Year is { } year) writer.Write(year);
            Write(writer, profile.BlockingKey);
            Write(writer, profile.FullKey);
            Write(writer, profile.FirstGiven);
            Write(writer, profile.MiddleInitials);
            Write(writer, profile.Coauthors);
            Write(writer, profile.AffiliationTokens);
            Write(writer, profile.Institution);
            Write(writer, profile.Venue);
            Write(writer, profile.VenueTokens);
            Write(writer, profile.TitleTokens);
            Write(writer, profile.Classifications);
            writer.Write7BitEncodedInt(profile.Concepts.Length);
            foreach (var (concept, weight) in profile.Concepts)
            {
                writer.Write7BitEncodedInt(concept);
                writer.Write(weight);
            }

            Write(writer, profile.EmailDomain);
            Write(writer, profile.Email);
            Write(writer, profile.Orcid);
            Write(writer, profile.SourceAuthorId);
            Write(writer, profile.Signature.Orcid);
            Write(writer, profile.Signature.Email);
            Write(writer, profile.Signature.SourceAuthorId);
        }

        return buffer.ToArray();
    }

    /// <summary>The codec and lexicon versions a stored profile was made with, or null when it is too short to say.</summary>
    public static (byte Codec, long Lexicon)? VersionsOf(ReadOnlySpan<byte> encoded) =>
        encoded.Length < HeaderLength ? null : (encoded[0], BinaryPrimitives.ReadInt64LittleEndian(encoded[1..]));

    /// <summary>
    /// The profile of a stored mention, or null when <paramref name="encoded"/> is missing or was made by another codec
    /// version or lexicon. Strings go through <paramref name="pool"/> as <see cref="MentionProfile.Compacted"/> does.
    /// </summary>
    /// <param name="id">The mention's id ("work#position"), <paramref name="name"/> its raw name, <paramref name="workId"/> its work.</param>
    /// <exception cref="InvalidDataException">The header matches but the rest does not read (a damaged row).</exception>
    public static MentionProfile? TryDecode(byte[]? encoded, long lexiconVersion, string id, string name, string workId, StringPool pool)
    {
        ArgumentNullException.ThrowIfNull(pool);
        if (encoded is null || VersionsOf(encoded) != (Version, lexiconVersion)) return null;
        try
        {
            return Decode(encoded, id, name, workId, pool);
        }
        catch (EndOfStreamException ex)
        {
            throw new InvalidDataException($"stored profile of mention {id} is cut short ({encoded.Length} bytes)", ex);
        }
        catch (FormatException ex)
        {
            throw new InvalidDataException($"stored profile of mention {id} does not read: {ex.Message}", ex);
        }
    }

    private static MentionProfile Decode(byte[] encoded, string id, string name, string workId, StringPool pool)
    {
        using var reader = new BinaryReader(new MemoryStream(encoded, HeaderLength, encoded.Length - HeaderLength, writable: false), Encoding.UTF8);
        var flags = reader.ReadByte();
        int? year = (flags & 4) != 0 ? reader.ReadInt32() : null;
        var blockingKey = pool.Intern(ReadString(reader)) ?? string.Empty;
        var fullKey = pool.Intern(ReadString(reader));
        var firstGiven = pool.Intern(ReadString(reader));
        var middleInitials = pool.Intern(ReadString(reader)) ?? string.Empty;
        var coauthors = ReadStrings(reader, pool);
        var affiliationTokens = ReadStrings(reader, pool);
        var institution = pool.Intern(ReadString(reader));
        var venue = pool.Intern(ReadString(reader));
        var venueTokens = ReadStrings(reader, pool);
        var titleTokens = ReadStrings(reader, pool);
        var classifications = ReadStrings(reader, pool);
        var concepts = new (int Concept, float Weight)[Count(reader)];
        for (var i = 0; i < concepts.Length; i++) concepts[i] = (reader.Read7BitEncodedInt(), reader.ReadSingle());
        var emailDomain = pool.Intern(ReadString(reader));
        var email = ReadString(reader);
        var orcid = ReadString(reader);
        var sourceAuthorId = ReadString(reader);
        // The signature's hard ids are mostly the profile's own: then one string serves both.
        var signature = new MentionSignature(id, pool.Intern(name)!)
        {
            WorkId = workId,
            Year = year,
            Orcid = SameOr(orcid, ReadString(reader)),
            Email = SameOr(email, ReadString(reader)),
            SourceAuthorId = SameOr(sourceAuthorId, ReadString(reader)),
        };
        if (reader.BaseStream.Position != reader.BaseStream.Length) throw new FormatException("bytes left after the last field");
        return new MentionProfile
        {
            Signature = signature,
            BlockingKey = blockingKey,
            FullKey = fullKey,
            FirstGiven = firstGiven,
            MiddleInitials = middleInitials,
            Chinese = (flags & 1) != 0,
            HanScript = (flags & 2) != 0,
            Coauthors = coauthors,
            AffiliationTokens = affiliationTokens,
            Institution = institution,
            Venue = venue,
            VenueTokens = venueTokens,
            TitleTokens = titleTokens,
            Classifications = classifications,
            Concepts = concepts,
            EmailDomain = emailDomain,
            Email = email,
            Orcid = orcid,
            SourceAuthorId = sourceAuthorId,
            Year = year,
        };
    }

    private static string? SameOr(string? known, string? read) => string.Equals(known, read, StringComparison.Ordinal) ? known : read;

    private static void Write(BinaryWriter writer, string? value)
    {
        if (value is null)
        {
            writer.Write7BitEncodedInt(0);
            return;
        }

        var bytes = Encoding.UTF8.GetBytes(value);
        writer.Write7BitEncodedInt(bytes.Length + 1);
        writer.Write(bytes);
    }

    private static void Write(BinaryWriter writer, string[] values)
    {
        writer.Write7BitEncodedInt(values.Length);
        foreach (var value in values) Write(writer, value);
    }

    private static string? ReadString(BinaryReader reader)
    {
        var length = reader.Read7BitEncodedInt() - 1;
        if (length < 0) return null;
        var bytes = reader.ReadBytes(length);
        if (bytes.Length != length) throw new EndOfStreamException();
        return Encoding.UTF8.GetString(bytes);
    }

    private static string[] ReadStrings(BinaryReader reader, StringPool pool)
    {
        var values = new string[Count(reader)];
        for (var i = 0; i < values.Length; i++) values[i] = pool.Intern(ReadString(reader)) ?? throw new FormatException("a null in a string list");
        return values;
    }

    private static int Count(BinaryReader reader)
    {
        var count = reader.Read7BitEncodedInt();
        if (count < 0 || count > reader.BaseStream.Length) throw new FormatException($"a count of {count}");
        return count;
    }
}
