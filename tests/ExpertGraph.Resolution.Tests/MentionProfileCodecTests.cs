using ExpertGraph.Resolution;
using ExpertGraph.Resolution.Features;

namespace ExpertGraph.Resolution.Tests;

/// <summary>The stored form of a profile: every field back as written, and nothing read from another codec or lexicon.</summary>
[TestFixture]
public sealed class MentionProfileCodecTests
{
    private const long Lexicon = 0x1234_5678_9ABC;

    private static MentionProfile Full() => Full(new TokenTable());

    private static MentionProfile Full(TokenTable tokens) => new()
    {
        Id = "17#2",
        Name = "张伟",
        WorkId = "17",
        // The ORCID and e-mail as the source wrote them: not the profile's trimmed and lower-cased texts.
        Written = new WrittenHardIds(" 0000-0002-1825-0097", "Wei@Tsinghua.edu.cn", "src:openalex:A5023888391"),
        Tokens = tokens,
        BlockingKey = "zhang|w",
        FullKey = "zhang|wei",
        FirstGiven = "wei",
        MiddleInitials = "",
        Chinese = true,
        HanScript = true,
        Coauthors = tokens.IdsOf(["li|na", "wang|f"]),
        AffiliationTokens = tokens.IdsOf(["tsinghua", "university", "清华"]),
        Institution = "tsinghua university",
        Venue = "icassp",
        VenueTokens = tokens.IdsOf(["icassp"]),
        TitleTokens = tokens.IdsOf(["deep", "recognition", "speech"]),
        Classifications = tokens.IdsOf(["CPC:G10L15/16"]),
        Concepts = [(3, 0.6f), (70_000, 0.8f)],
        EmailDomain = "tsinghua.edu.cn",
        Email = "wei@tsinghua.edu.cn",
        Orcid = "0000-0002-1825-0097",
        SourceAuthorId = "src:openalex:A5023888391",
        Year = 2019,
    };

    [Test]
    public void Decode_EveryFieldSet_GivesEveryFieldBack()
    {
        var profile = Full();

        var decoded = MentionProfileCodec.TryDecode(MentionProfileCodec.Encode(profile, Lexicon), Lexicon, "17#2", "张伟", "17", new StringPool(), new TokenTable());

        Assert.That(decoded, Is.Not.Null);
        Assert.That(Identity(decoded!), Is.EqualTo(Identity(profile)));
        Assert.That(decoded.Written, Is.EqualTo(profile.Written));
        Assert.That((decoded.BlockingKey, decoded.FullKey, decoded.FirstGiven, decoded.MiddleInitials, decoded.Chinese, decoded.HanScript),
            Is.EqualTo(("zhang|w", (string?)"zhang|wei", (string?)"wei", "", true, true)));
        // Another table numbers the texts: the decoded sets hold the same texts, in the same order.
        Assert.That(decoded.Tokens, Is.Not.SameAs(profile.Tokens));
        Assert.That(decoded.Tokens.TextsOf(decoded.Coauthors), Is.EqualTo(new[] { "li|na", "wang|f" }));
        Assert.That(decoded.Tokens.TextsOf(decoded.AffiliationTokens), Is.EqualTo(new[] { "tsinghua", "university", "清华" }));
        Assert.That((decoded.Institution, decoded.Venue), Is.EqualTo(((string?)"tsinghua university", (string?)"icassp")));
        Assert.That(decoded.Tokens.TextsOf(decoded.VenueTokens), Is.EqualTo(new[] { "icassp" }));
        Assert.That(decoded.Tokens.TextsOf(decoded.TitleTokens), Is.EqualTo(new[] { "deep", "recognition", "speech" }));
        Assert.That(decoded.Tokens.TextsOf(decoded.Classifications), Is.EqualTo(new[] { "CPC:G10L15/16" }));
        Assert.That(decoded.Concepts, Is.EqualTo(profile.Concepts));
        Assert.That((decoded.EmailDomain, decoded.Email, decoded.Orcid, decoded.SourceAuthorId, decoded.Year),
            Is.EqualTo(((string?)"tsinghua.edu.cn", (string?)"wei@tsinghua.edu.cn", (string?)"0000-0002-1825-0097", (string?)"src:openalex:A5023888391", (int?)2019)));
    }

    [Test]
    public void Decode_NothingButAName_GivesNullsAndEmptiesBack()
    {
        var bare = new MentionProfile { Id = "5#0", Name = "?", WorkId = "5", Tokens = new TokenTable(), BlockingKey = "" };

        var decoded = MentionProfileCodec.TryDecode(MentionProfileCodec.Encode(bare, 0), 0, "5#0", "?", "5", new StringPool(), new TokenTable())!;

        Assert.That((decoded.BlockingKey, decoded.FullKey, decoded.FirstGiven, decoded.Institution, decoded.Venue, decoded.Email, decoded.Year),
            Is.EqualTo(("", (string?)null, (string?)null, (string?)null, (string?)null, (string?)null, (int?)null)));
        Assert.That(decoded.Coauthors.Concat(decoded.TitleTokens).Concat(decoded.Classifications), Is.Empty);
        Assert.That(decoded.Concepts, Is.Empty);
        Assert.That(decoded.Written, Is.Null);
        Assert.That((decoded.WrittenOrcid, decoded.WrittenEmail, decoded.WrittenSourceAuthorId), Is.EqualTo(((string?)null, (string?)null, (string?)null)));
    }

    [Test]
    public void Decode_ManyProfiles_ShareTheTableAndThePool()
    {
        var (pool, tokens) = (new StringPool(), new TokenTable());
        var encoded = MentionProfileCodec.Encode(Full(), Lexicon);

        var a = MentionProfileCodec.TryDecode(encoded, Lexicon, "17#2", "张伟", "17", pool, tokens)!;
        var b = MentionProfileCodec.TryDecode(encoded, Lexicon, "18#0", "张伟", "18", pool, tokens)!;

        Assert.That(a.Tokens, Is.SameAs(tokens));
        Assert.That(b.TitleTokens, Is.EqualTo(a.TitleTokens));
        // Two co-authors, three affiliation words, a venue word, three title words and a code: ten texts, numbered once.
        Assert.That(tokens.Count, Is.EqualTo(10));
        Assert.That(ReferenceEquals(a.Institution, b.Institution), Is.True);
        Assert.That((b.Id, b.WorkId), Is.EqualTo(("18#0", (string?)"18")));
    }

    [Test]
    public void Decode_ConceptsOutOfOrderAndSignatureIdsLikeTheProfiles_ComeBackAsWritten()
    {
        // Concept ids are written as differences: a profile made elsewhere may hold them in any order.
        var unsorted = new MentionProfile
        {
            Id = "17#2",
            Name = "Wei Zhang",
            WorkId = "17",
            Tokens = new TokenTable(),
            BlockingKey = "zhang|w",
            Concepts = [(70_000, 0.8f), (3, 0.6f), (2_000_000, -0.25f)],
            Orcid = "0000-0002-1825-0097",
            Email = "wei@tsinghua.edu.cn",
        };

        var encoded = MentionProfileCodec.Encode(unsorted, 0);
        var decoded = MentionProfileCodec.TryDecode(encoded, 0, "17#2", "Wei Zhang", "17", new StringPool(), new TokenTable())!;

        Assert.That(decoded.Concepts, Is.EqualTo(unsorted.Concepts));
        Assert.That((decoded.WrittenOrcid, decoded.WrittenEmail, decoded.WrittenSourceAuthorId),
            Is.EqualTo(((string?)"0000-0002-1825-0097", (string?)"wei@tsinghua.edu.cn", (string?)null)));
        Assert.That(decoded.Written, Is.Null, "written as the profile's own: nothing kept beside them");
        Assert.That(Occurrences(encoded, "0000-0002-1825-0097"u8.ToArray()), Is.EqualTo(1), "the ORCID is written once");
    }

    [Test]
    public void Decode_StringLongerThanTheStackBuffer_ComesBackWhole()
    {
        var institution = string.Concat(Enumerable.Repeat("中国科学院计算技术研究所 institute of computing technology ", 12));
        var tokens = new TokenTable();
        var profile = new MentionProfile
        {
            Id = "5#0",
            Name = "Li Na",
            WorkId = "5",
            Tokens = tokens,
            BlockingKey = "li|n",
            Institution = institution,
            TitleTokens = tokens.IdsOf([institution]),
        };

        var decoded = MentionProfileCodec.TryDecode(MentionProfileCodec.Encode(profile, 0), 0, "5#0", "Li Na", "5", new StringPool(), new TokenTable())!;

        Assert.That(institution.Length, Is.GreaterThan(256));
        Assert.That(decoded.Institution, Is.EqualTo(institution));
        Assert.That(decoded.Tokens.TextsOf(decoded.TitleTokens), Is.EqualTo(new[] { institution }), "a token as long, through the table");
    }

    [TestCase(null, Description = "no profile stored")]
    [TestCase(new byte[] { 1, 2 }, Description = "shorter than its header")]
    public void TryDecode_NoUsableHeader_IsNull(byte[]? encoded) =>
        Assert.That(MentionProfileCodec.TryDecode(encoded, Lexicon, "1#0", "x", "1", new StringPool(), new TokenTable()), Is.Null);

    [Test]
    public void TryDecode_AnotherLexiconOrCodecVersion_IsNullSoTheMentionIsProfiledAgain()
    {
        var encoded = MentionProfileCodec.Encode(Full(), Lexicon);
        var otherCodec = (byte[])encoded.Clone();
        otherCodec[0] = MentionProfileCodec.Version + 1;

        Assert.That(MentionProfileCodec.TryDecode(encoded, Lexicon + 1, "17#2", "张伟", "17", new StringPool(), new TokenTable()), Is.Null);
        Assert.That(MentionProfileCodec.TryDecode(otherCodec, Lexicon, "17#2", "张伟", "17", new StringPool(), new TokenTable()), Is.Null);
        Assert.That(MentionProfileCodec.VersionsOf(encoded), Is.EqualTo(((byte, long)?)(MentionProfileCodec.Version, Lexicon)));
    }

    /// <summary>
    /// Stores hold profiles written by every earlier build of this codec version: the layout must not move without a new
    /// <see cref="MentionProfileCodec.Version"/>. The bytes are version 2's as the first encoder (a BinaryWriter) wrote them.
    /// </summary>
    [Test]
    public void Encode_WritesTheLayoutStoredProfilesHave()
    {
        var bare = new MentionProfile { Id = "5#0", Name = "?", WorkId = "5", Written = new WrittenHardIds("x", null, null), Tokens = new TokenTable(), BlockingKey = "" };

        Assert.That(Convert.ToHexString(MentionProfileCodec.Encode(Full(), Lexicon)), Is.EqualTo(FullLayout));
        // Version 2, lexicon 0, flags 0x30 (the signature's e-mail and source id are the profile's: none), the blocking key and
        // middle initials empty (length + 1 = 1), every other string null (0), lists and concepts empty (0), then the
        // signature's ORCID "x", which the profile lacks.
        Assert.That(Convert.ToHexString(MentionProfileCodec.Encode(bare, 0)),
            Is.EqualTo("02" + "0000000000000000" + "30" + "01" + "0000" + "01" + "00" + "00" + "0000" + "000000" + "00" + "00000000" + "0278"));
    }

    /// <summary><see cref="Full"/> encoded: version 2, lexicon 0x123456789ABC (little-endian), flags 0x27 (Chinese, Han script,
    /// a year, the same source id), 2019, then "zhang|w" (8 = 7 + 1, UTF-8) and the rest in layout order.</summary>
    private const string FullLayout =
        "02BC9A78563412000027E3070000087A68616E677C770A7A68616E677C776569047765690102066C697C6E610777616E"
        + "677C6603097473696E676875610B756E697665727369747907E6B885E58D8E147473696E6768756120756E6976657273"
        + "6974790769636173737001076963617373700305646565700C7265636F676E6974696F6E07737065656368010E435043"
        + "3A4731304C31352F313602069A99193FDAC508CDCC4C3F107473696E676875612E6564752E636E14776569407473696E"
        + "676875612E6564752E636E14303030302D303030322D313832352D30303937197372633A6F70656E616C65783A413530"
        + "32333838383339311520303030302D303030322D313832352D3030393714576569405473696E676875612E6564752E63"
        + "6E";

    [Test]
    public void TryDecode_CutShortOrWithBytesLeft_SaysWhichMentionIsDamaged()
    {
        var encoded = MentionProfileCodec.Encode(Full(), Lexicon);

        var cut = Assert.Throws<InvalidDataException>(() => MentionProfileCodec.TryDecode(encoded[..^3], Lexicon, "17#2", "张伟", "17", new StringPool(), new TokenTable()));
        var longer = Assert.Throws<InvalidDataException>(() => MentionProfileCodec.TryDecode([.. encoded, 0], Lexicon, "17#2", "张伟", "17", new StringPool(), new TokenTable()));

        Assert.That(cut!.Message, Does.Contain("mention 17#2"));
        Assert.That(longer!.Message, Does.Contain("mention 17#2").And.Contain("bytes left"));
    }

    private static int Occurrences(byte[] haystack, byte[] needle) =>
        Enumerable.Range(0, haystack.Length - needle.Length + 1).Count(i => haystack.AsSpan(i, needle.Length).SequenceEqual(needle));

    private static (string Id, string Name, string? WorkId, int? Year, string? Orcid, string? Email, string? SourceId) Identity(MentionProfile p) =>
        (p.Id, p.Name, p.WorkId, p.Year, p.WrittenOrcid, p.WrittenEmail, p.WrittenSourceAuthorId);
}
