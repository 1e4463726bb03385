namespace ExpertGraph.Resolution.Features;

/// <summary>
/// A mention prepared for comparison (<see cref="MentionProfiler"/>): its name read into keys and parts, and every other
/// piece of evidence turned into sets of folded keys and tokens. The sets are ids of <see cref="Tokens"/>, distinct, in
/// the ordinal order of their texts: the order sums over them run in (the pair features add their weights one by one),
/// so that a profile scores bit for bit as the same profile whose sets were arrays of strings.
/// </summary>
public sealed class MentionProfile
{
    /// <summary>The signature's id (<see cref="MentionSignature.Id"/>).</summary>
    public required string Id { get; init; }

    /// <summary>The name as written (<see cref="MentionSignature.Name"/>).</summary>
    public required string Name { get; init; }

    /// <summary>The work the mention is on (<see cref="MentionSignature.WorkId"/>): two mentions of one work are never one person.</summary>
    public string? WorkId { get; init; }

    /// <summary>
    /// The signature's ORCID, e-mail and source id as written, when one of them is not the profile's own text (which is
    /// trimmed, the e-mail lower-cased); null when all three are, as for almost every mention. Comparisons read the
    /// profile's; the stored form keeps these so that a decoded profile gives back what was written.
    /// </summary>
    public WrittenHardIds? Written { get; init; }

    /// <summary>The table the ids of <see cref="Coauthors"/>, the token sets and <see cref="Classifications"/> are numbered by.</summary>
    public required TokenTable Tokens { get; init; }

    /// <summary>"family|initial" (<see cref="ExpertGraph.Core.Names.PersonNameKey.Blocking"/>); empty when the mention has no name.</summary>
    public required string BlockingKey { get; init; }

    /// <summary>"family|given" when the given name is written in full, else null.</summary>
    public string? FullKey { get; init; }

    /// <summary>The first given word in full (folded), or null when it is an initial.</summary>
    public string? FirstGiven { get; init; }

    /// <summary>Initials of the given words after the first ("f" for John F. Smith); empty for Chinese names.</summary>
    public string MiddleInitials { get; init; } = string.Empty;

    public bool Chinese { get; init; }

    public bool HanScript { get; init; }

    /// <summary>Name keys of the co-authors (full, or blocking when known only by initials).</summary>
    public int[] Coauthors { get; init; } = [];

    public int[] AffiliationTokens { get; init; } = [];

    /// <summary>The first affiliation's organization (its first comma part), folded: the same-institution key.</summary>
    public string? Institution { get; init; }

    public string? Venue { get; init; }

    public int[] VenueTokens { get; init; } = [];

    public int[] TitleTokens { get; init; } = [];

    public int[] Classifications { get; init; } = [];

    /// <summary>Concept ids and weights, sorted by id, with unit length.</summary>
    public (int Concept, float Weight)[] Concepts { get; init; } = [];

    public string? EmailDomain { get; init; }

    public string? Email { get; init; }

    public string? Orcid { get; init; }

    public string? SourceAuthorId { get; init; }

    public int? Year { get; init; }

    /// <summary>The signature's ORCID as written (<see cref="Written"/>, else the profile's own).</summary>
    public string? WrittenOrcid => Written is null ? Orcid : Written.Orcid;

    /// <summary>The signature's e-mail as written (<see cref="Written"/>, else the profile's own).</summary>
    public string? WrittenEmail => Written is null ? Email : Written.Email;

    /// <summary>The signature's source id as written (<see cref="Written"/>, else the profile's own).</summary>
    public string? WrittenSourceAuthorId => Written is null ? SourceAuthorId : Written.SourceAuthorId;

    /// <summary>
    /// This profile as a long-lived cache keeps it: its name keys, institution, venue and hard ids shared through
    /// <paramref name="pool"/>. A profile holds no texts of its signature beyond its id, name and work (its title,
    /// co-author and affiliation texts, venue, codes and concepts live on in the ids and keys above).
    /// </summary>
    public MentionProfile Compacted(StringPool pool) => Compacted(pool, Id, WorkId);

    /// <summary>
    /// <see cref="Compacted(StringPool)"/> with the id and work set: a profile made before its work had an id (a
    /// placeholder there) gets them here.
    /// </summary>
    public MentionProfile Compacted(StringPool pool, string id, string? workId)
    {
        ArgumentNullException.ThrowIfNull(pool);
        return Reduced(pool, id, workId);
    }

    /// <summary>
    /// This profile with another id and work, without sharing strings: the form in which a profile made on one thread
    /// waits for the thread that compacts it (the pool is that thread's).
    /// </summary>
    public MentionProfile Lean(string id, string? workId) => Reduced(null, id, workId);

    private MentionProfile Reduced(StringPool? pool, string id, string? workId)
    {
        ArgumentNullException.ThrowIfNull(id);
        return new MentionProfile
        {
            Id = id,
            Name = Intern(Name)!,
            WorkId = workId,
            Written = Written,
            Tokens = Tokens,
            BlockingKey = Intern(BlockingKey)!,
            FullKey = Intern(FullKey),
            FirstGiven = Intern(FirstGiven),
            MiddleInitials = Intern(MiddleInitials)!,
            Chinese = Chinese,
            HanScript = HanScript,
            Coauthors = Coauthors,
            AffiliationTokens = AffiliationTokens,
            Institution = Intern(Institution),
            Venue = Intern(Venue),
            VenueTokens = VenueTokens,
            TitleTokens = TitleTokens,
            Classifications = Classifications,
            Concepts = Concepts,
            EmailDomain = Intern(EmailDomain),
            Email = Email,
            // A person's hard ids recur on each of its mentions.
            Orcid = Intern(Orcid),
            SourceAuthorId = Intern(SourceAuthorId),
            Year = Year,
        };

        string? Intern(string? value) => pool is null ? value : pool.Intern(value);
    }
}

/// <summary>A signature's hard ids as written, kept by a profile only when one differs from the profile's own (<see cref="MentionProfile.Written"/>).</summary>
public sealed record WrittenHardIds(string? Orcid, string? Email, string? SourceAuthorId)
{
    /// <summary>
    /// What a profile keeps of <paramref name="signature"/>'s hard ids beside its own (<paramref name="orcid"/>,
    /// <paramref name="email"/>, <paramref name="sourceAuthorId"/>): null when each reads as the profile's, else all
    /// three, the profile's own string where they read alike.
    /// </summary>
    public static WrittenHardIds? Of(MentionSignature signature, string? orcid, string? email, string? sourceAuthorId)
    {
        ArgumentNullException.ThrowIfNull(signature);
        return Same(signature.Orcid, orcid) && Same(signature.Email, email) && Same(signature.SourceAuthorId, sourceAuthorId)
            ? null
            : new WrittenHardIds(Pick(signature.Orcid, orcid), Pick(signature.Email, email), Pick(signature.SourceAuthorId, sourceAuthorId));
    }

    private static bool Same(string? written, string? profiles) => string.Equals(written, profiles, StringComparison.Ordinal);

    private static string? Pick(string? written, string? profiles) => Same(written, profiles) ? profiles : written;
}
