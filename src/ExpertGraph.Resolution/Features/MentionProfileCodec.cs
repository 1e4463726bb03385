using System.Buffers;
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
/// Layout (little-endian): version byte, lexicon version (8 bytes), flags byte (Chinese, Han script, has year, and
/// whether the signature's ORCID, e-mail and source id are the profile's own), year (4 bytes, when present), then
/// strings (7-bit length + 1, 0 for null, UTF-8), string arrays (7-bit count, strings) and concepts (7-bit count, then
/// each id as a zigzag 7-bit difference from the one before and a 4-byte float) in the order of <see cref="Encode"/>;
/// the signature's hard ids only where they differ from the profile's.
/// </summary>
public static class MentionProfileCodec
{
    public const byte Version = 2;

    // Bits of the flags byte.
    private const int IsChinese = 1, IsHanScript = 2, HasYear = 4, SameOrcid = 8, SameEmail = 16, SameSourceId = 32;

    private const int HeaderLength = 1 + sizeof(long);

    /// <summary>The stored form of <paramref name="profile"/>: its length measured first, then written into one array of that size.</summary>
    public static byte[] Encode(MentionProfile profile, long lexiconVersion)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var measure = new Writer([]);
        Write(ref measure, profile, lexiconVersion);
        var encoded = new byte[measure.Length];
        var writer = new Writer(encoded);
        Write(ref writer, profile, lexiconVersion);
        return encoded;
    }

    private static void Write(ref Writer writer, MentionProfile profile, long lexiconVersion)
    {
        writer.Byte(Version);
        writer.Int64(lexiconVersion);
        var flags = (profile.Chinese ? IsChinese : 0) | (profile.HanScript ? IsHanScript : 0) | (profile.Year is null ? 0 : HasYear)
            | (Same(profile.WrittenOrcid, profile.Orcid) ? SameOrcid : 0) | (Same(profile.WrittenEmail, profile.Email) ? SameEmail : 0)
            | (Same(profile.WrittenSourceAuthorId, profile.SourceAuthorId) ? SameSourceId : 0);
        writer.Byte((byte)flags);
        if (profile.Year is { } year) writer.Int32(year);
        writer.String(profile.BlockingKey);
        writer.String(profile.FullKey);
        writer.String(profile.FirstGiven);
        writer.String(profile.MiddleInitials);
        writer.Strings(profile.Tokens, profile.Coauthors);
        writer.Strings(profile.Tokens, profile.AffiliationTokens);
        writer.String(profile.Institution);
        writer.String(profile.Venue);
        writer.Strings(profile.Tokens, profile.VenueTokens);
        writer.Strings(profile.Tokens, profile.TitleTokens);
        writer.Strings(profile.Tokens, profile.Classifications);
        writer.VarInt(profile.Concepts.Length);
        var previous = 0;
        foreach (var (concept, weight) in profile.Concepts)
        {
            writer.VarInt(ZigZag(concept - previous));
            writer.Single(weight);
            previous = concept;
        }

        writer.String(profile.EmailDomain);
        writer.String(profile.Email);
        writer.String(profile.Orcid);
        writer.String(profile.SourceAuthorId);
        if ((flags & SameOrcid) == 0) writer.String(profile.WrittenOrcid);
        if ((flags & SameEmail) == 0) writer.String(profile.WrittenEmail);
        if ((flags & SameSourceId) == 0) writer.String(profile.WrittenSourceAuthorId);
    }

    /// <summary>The codec and lexicon versions a stored profile was made with, or null when it is too short to say.</summary>
    public static (byte Codec, long Lexicon)? VersionsOf(ReadOnlySpan<byte> encoded) =>
        encoded.Length < HeaderLength ? null : (encoded[0], BinaryPrimitives.ReadInt64LittleEndian(encoded[1..]));

    /// <summary>
    /// The profile of a stored mention, or null when <paramref name="encoded"/> is missing or was made by another codec
    /// version or lexicon. Name keys, institution and venue go through <paramref name="pool"/> as
    /// <see cref="MentionProfile.Compacted"/> does, the sets through <paramref name="tokens"/>; a text either holds already
    /// costs no new string.
    /// </summary>
    /// <param name="id">The mention's id ("work#position"), <paramref name="name"/> its raw name, <paramref name="workId"/> its work.</param>
    /// <exception cref="InvalidDataException">The header matches but the rest does not read (a damaged row).</exception>
    public static MentionProfile? TryDecode(byte[]? encoded, long lexiconVersion, string id, string name, string workId, StringPool pool,
        TokenTable tokens)
    {
        ArgumentNullException.ThrowIfNull(pool);
        ArgumentNullException.ThrowIfNull(tokens);
        if (encoded is null || VersionsOf(encoded) != (Version, lexiconVersion)) return null;
        try
        {
            return Decode(new Reader(encoded.AsSpan(HeaderLength), pool, tokens), id, name, workId, pool, tokens);
        }
        catch (FormatException ex)
        {
            throw new InvalidDataException($"stored profile of mention {id} does not read ({encoded.Length} bytes): {ex.Message}", ex);
        }
    }

    private static MentionProfile Decode(Reader reader, string id, string name, string workId, StringPool pool, TokenTable tokens)
    {
        var flags = reader.Byte();
        int? year = (flags & HasYear) != 0 ? reader.Int32() : null;
        var blockingKey = reader.PooledString() ?? string.Empty;
        var fullKey = reader.PooledString();
        var firstGiven = reader.PooledString();
        var middleInitials = reader.PooledString() ?? string.Empty;
        var coauthors = reader.TokenIds();
        var affiliationTokens = reader.TokenIds();
        var institution = reader.PooledString();
        var venue = reader.PooledString();
        var venueTokens = reader.TokenIds();
        var titleTokens = reader.TokenIds();
        var classifications = reader.TokenIds();
        var concepts = new (int Concept, float Weight)[reader.Count()];
        var concept = 0;
        for (var i = 0; i < concepts.Length; i++)
        {
            concept += UnZigZag(reader.VarInt());
            concepts[i] = (concept, reader.Single());
        }

        var emailDomain = reader.PooledString();
        var email = reader.String();
        // A person's hard ids recur on each of its mentions: pooled, as the name keys are.
        var orcid = reader.PooledString();
        var sourceAuthorId = reader.PooledString();
        // The signature's hard ids are mostly the profile's own: then the profile keeps no other (written once).
        var written = (flags & (SameOrcid | SameEmail | SameSourceId)) == (SameOrcid | SameEmail | SameSourceId)
            ? null
            : new WrittenHardIds((flags & SameOrcid) != 0 ? orcid : reader.String(), (flags & SameEmail) != 0 ? email : reader.String(),
                (flags & SameSourceId) != 0 ? sourceAuthorId : reader.String());
        if (!reader.AtEnd) throw new FormatException("bytes left after the last field");
        return new MentionProfile
        {
            Id = id,
            Name = pool.Intern(name)!,
            WorkId = workId,
            Written = written,
            Tokens = tokens,
            BlockingKey = blockingKey,
            FullKey = fullKey,
            FirstGiven = firstGiven,
            MiddleInitials = middleInitials,
            Chinese = (flags & IsChinese) != 0,
            HanScript = (flags & IsHanScript) != 0,
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

    private static bool Same(string? a, string? b) => string.Equals(a, b, StringComparison.Ordinal);

    private static int ZigZag(int value) => (value << 1) ^ (value >> 31);

    private static int UnZigZag(int value) => (int)((uint)value >> 1) ^ -(value & 1);

    /// <summary>
    /// Writes the layout into a span, as a <see cref="BinaryWriter"/> over UTF-8 would (7-bit lengths, little-endian
    /// numbers); over an empty span it only counts, so that <see cref="Encode"/> allocates the array it returns and no other.
    /// </summary>
    private ref struct Writer(Span<byte> bytes)
    {
        private readonly Span<byte> _bytes = bytes;
        private readonly bool _counting = bytes.IsEmpty;

        public int Length { get; private set; }

        public void Byte(byte value)
        {
            if (!_counting) _bytes[Length] = value;
            Length++;
        }

        public void Int32(int value)
        {
            if (!_counting) BinaryPrimitives.WriteInt32LittleEndian(_bytes[Length..], value);
            Length += sizeof(int);
        }

        public void Int64(long value)
        {
            if (!_counting) BinaryPrimitives.WriteInt64LittleEndian(_bytes[Length..], value);
            Length += sizeof(long);
        }

        public void Single(float value)
        {
            if (!_counting) BinaryPrimitives.WriteSingleLittleEndian(_bytes[Length..], value);
            Length += sizeof(float);
        }

        /// <summary>As <see cref="BinaryWriter.Write7BitEncodedInt"/>: seven bits a byte, the high bit set on all but the last.</summary>
        public void VarInt(int value)
        {
            var rest = (uint)value;
            while (rest > 0x7Fu)
            {
                Byte((byte)(rest | ~0x7Fu));
                rest >>= 7;
            }

            Byte((byte)rest);
        }

        /// <summary>Length + 1 and the UTF-8 bytes; 0 for null.</summary>
        public void String(string? value)
        {
            if (value is null)
            {
                VarInt(0);
                return;
            }

            var length = Encoding.UTF8.GetByteCount(value);
            VarInt(length + 1);
            if (!_counting) Encoding.UTF8.GetBytes(value, _bytes[Length..]);
            Length += length;
        }

        /// <summary>A set's count and its texts, in the profile's order (the stored form is the texts, not the run's ids).</summary>
        public void Strings(TokenTable tokens, int[] ids)
        {
            VarInt(ids.Length);
            foreach (var id in ids) String(tokens.TextOf(id));
        }
    }

    /// <summary>
    /// Reads the layout <see cref="Encode"/> writes from a span, without a stream: strings are decoded into a stack
    /// buffer and looked up in the pool or the token table, so a text seen before allocates nothing.
    /// </summary>
    private ref struct Reader(ReadOnlySpan<byte> bytes, StringPool pool, TokenTable tokens)
    {
        private ReadOnlySpan<byte> _rest = bytes;

        public readonly bool AtEnd => _rest.IsEmpty;

        public byte Byte() => Take(1)[0];

        public int Int32() => BinaryPrimitives.ReadInt32LittleEndian(Take(sizeof(int)));

        public float Single() => BinaryPrimitives.ReadSingleLittleEndian(Take(sizeof(float)));

        /// <summary>A 7-bit encoded int as <see cref="BinaryWriter.Write7BitEncodedInt"/> writes it.</summary>
        public int VarInt()
        {
            uint result = 0;
            for (var shift = 0; shift < 35; shift += 7)
            {
                var b = Byte();
                result |= (uint)(b & 0x7F) << shift;
                if (b < 0x80) return (int)result;
            }

            throw new FormatException("a 7-bit number longer than five bytes");
        }

        public int Count()
        {
            var count = VarInt();
            if (count < 0 || count > _rest.Length) throw new FormatException($"a count of {count} with {_rest.Length} bytes left");
            return count;
        }

        public string? String() => TryUtf8(out var bytes) ? Encoding.UTF8.GetString(bytes) : null;

        public string? PooledString()
        {
            if (!TryUtf8(out var bytes)) return null;
            var chars = bytes.Length <= 256 ? stackalloc char[bytes.Length] : new char[bytes.Length];
            var length = Encoding.UTF8.GetChars(bytes, chars);
            return pool.Intern(chars[..length]);
        }

        /// <summary>
        /// A set's texts as ids of the token table, in their stored order: decoded end to end into one buffer first, then
        /// numbered under one lock of the table (<see cref="TokenTable.IdsOf(ReadOnlySpan{char}, ReadOnlySpan{int})"/>).
        /// </summary>
        public int[] TokenIds()
        {
            var count = Count();
            if (count == 0) return [];
            // UTF-8 never decodes to more chars than it has bytes, and the set's bytes are among those left.
            char[]? rented = null;
            var chars = _rest.Length <= 1024 ? stackalloc char[_rest.Length] : (rented = ArrayPool<char>.Shared.Rent(_rest.Length));
            var ends = count <= 128 ? stackalloc int[count] : new int[count];
            try
            {
                var end = 0;
                for (var i = 0; i < count; i++)
                {
                    if (!TryUtf8(out var bytes)) throw new FormatException("a null in a string list");
                    end += Encoding.UTF8.GetChars(bytes, chars[end..]);
                    ends[i] = end;
                }

                return tokens.IdsOf(chars[..end], ends);
            }
            finally
            {
                if (rented is not null) ArrayPool<char>.Shared.Return(rented);
            }
        }

        /// <summary>A string's UTF-8 bytes; false for a null string.</summary>
        private bool TryUtf8(out ReadOnlySpan<byte> bytes)
        {
            var length = VarInt() - 1;
            bytes = length < 0 ? default : Take(length);
            return length >= 0;
        }

        private ReadOnlySpan<byte> Take(int length)
        {
            if (length > _rest.Length) throw new FormatException($"{length} bytes wanted, {_rest.Length} left: cut short");
            var taken = _rest[..length];
            _rest = _rest[length..];
            return taken;
        }
    }
}
