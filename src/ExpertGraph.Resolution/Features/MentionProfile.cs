namespace ExpertGraph.Resolution.Features;

/// <summary>
/// A mention prepared for comparison (<see cref="MentionProfiler"/>): its name read into keys and parts, and every other
/// piece of evidence turned into sets of folded keys and tokens. Arrays are sorted (ordinal) so that overlaps are merges.
/// </summary>
public sealed class MentionProfile
{
    public required MentionSignature Signature { get; init; }

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

    /// <summary>Name keys of the co-authors (full, or blocking when known only by initials), sorted.</summary>
    public string[] Coauthors { get; init; } = [];

    public string[] AffiliationTokens { get; init; } = [];

    /// <summary>The first affiliation's organization (its first comma part), folded: the same-institution key.</summary>
    public string? Institution { get; init; }

    public string? Venue { get; init; }

    public string[] VenueTokens { get; init; } = [];

    public string[] TitleTokens { get; init; } = [];

    public string[] Classifications { get; init; } = [];

    /// <summary>Concept ids and weights, sorted by id, with unit length.</summary>
    public (int Concept, float Weight)[] Concepts { get; init; } = [];

    public string? EmailDomain { get; init; }

    public string? Email { get; init; }

    public string? Orcid { get; init; }

    public string? SourceAuthorId { get; init; }

    public int? Year { get; init; }

    /// <summary>
    /// This profile as a long-lived cache keeps it: strings shared through <paramref name="pool"/>, and of the signature
    /// only what comparisons read after profiling (id, name, work, year, hard ids); its title, co-author and affiliation
    /// texts, venue, codes and concepts live on in the tokens and keys above.
    /// </summary>
    public MentionProfile Compacted(StringPool pool) => Compacted(pool, Signature.Id, Signature.WorkId);

    /// <summary>
    /// <see cref="Compacted(StringPool)"/> with the signature's id and work set: a profile made before its work had an id
    /// (a placeholder there) gets them here.
    /// </summary>
    public MentionProfile Compacted(StringPool pool, string id, string? workId)
    {
        ArgumentNullException.ThrowIfNull(pool);
        ArgumentNullException.ThrowIfNull(id);
        return new MentionProfile
        {
            Signature = new MentionSignature(id, pool.Intern(Signature.Name)!)
            {
                WorkId = workId,
                Year = Signature.Year,
                Orcid = Signature.Orcid,
                Email = Signature.Email,
                SourceAuthorId = Signature.SourceAuthorId,
            },
            BlockingKey = pool.Intern(BlockingKey)!,
            FullKey = pool.Intern(FullKey),
            FirstGiven = pool.Intern(FirstGiven),
            MiddleInitials = pool.Intern(MiddleInitials)!,
            Chinese = Chinese,
            HanScript = HanScript,
            Coauthors = pool.Intern(Coauthors),
            AffiliationTokens = pool.Intern(AffiliationTokens),
            Institution = pool.Intern(Institution),
            Venue = pool.Intern(Venue),
            VenueTokens = pool.Intern(VenueTokens),
            TitleTokens = pool.Intern(TitleTokens),
            Classifications = pool.Intern(Classifications),
            Concepts = Concepts,
            EmailDomain = pool.Intern(EmailDomain),
            Email = Email,
            Orcid = Orcid,
            SourceAuthorId = SourceAuthorId,
            Year = Year,
        };
    }
}
