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
}
