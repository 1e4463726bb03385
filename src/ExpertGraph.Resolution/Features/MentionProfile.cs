namespace ExpertGraph.Resolution.Features;

/// <summary>
/// A mention prepared for comparison (<see cref="MentionProfiler"/>): its name read into keys and parts, and every other
/// piece of evidence turned into sets of folded keys and tokens. The sets are ids of <see cref="Tokens"/>, distinct, in
/// the ordinal order of their texts: the order sums over them run in (the pair features add their weights one by one),
/// so that a profile scores bit for bit as the same profile whose sets were arrays of strings.
/// </summary>
public sealed class MentionProfile
{
    public required MentionSignature Signature { get; init; }

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

    /// <summary>
    /// This profile as a long-lived cache keeps it: its name keys, institution and venue shared through
    /// <paramref name="pool"/>, and of the signature only what comparisons read after profiling (id, name, work, year,
    /// hard ids); its title, co-author and affiliation texts, venue, codes and concepts live on in the ids and keys above.
    /// </summary>
    public MentionProfile Compacted(StringPool pool) => Compacted(pool, Signature.Id, Signature.WorkId);

    /// <summary>
    /// <see cref="Compacted(StringPool)"/> with the signature's id and work set: a profile made before its work had an id
    /// (a placeholder there) gets them here.
    /// </summary>
    public MentionProfile Compacted(StringPool pool, string id, string? workId)
    {
        ArgumentNullException.ThrowIfNull(pool);
        return Reduced(pool, id, workId);
    }

    /// <summary>
    /// This profile with its signature reduced as <see cref="Compacted(StringPool)"/> reduces it, without sharing strings:
    /// the form in which a profile made on one thread waits for the thread that compacts it (the pool is that thread's).
    /// </summary>
    public MentionProfile Lean(string id, string? workId) => Reduced(null, id, workId);

    private MentionProfile Reduced(StringPool? pool, string id, string? workId)
    {
        ArgumentNullException.ThrowIfNull(id);
        // A person's hard ids recur on each of its mentions; the signature's are mostly the profile's own text.
        var orcid = Intern(Orcid);
        var sourceAuthorId = Intern(SourceAuthorId);
        return new MentionProfile
        {
            Signature = new MentionSignature(id, Intern(Signature.Name)!)
            {
                WorkId = workId,
                Year = Signature.Year,
                Orcid = Same(Signature.Orcid, orcid),
                Email = Same(Signature.Email, Email),
                SourceAuthorId = Same(Signature.SourceAuthorId, sourceAuthorId),
            },
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
            Orcid = orcid,
            SourceAuthorId = sourceAuthorId,
            Year = Year,
        };

        string? Intern(string? value) => pool is null ? value : pool.Intern(value);

        // The profile's string for the signature's value when both read alike: one string, not two.
        static string? Same(string? value, string? profiles) => string.Equals(value, profiles, StringComparison.Ordinal) ? profiles : value;
    }
}
