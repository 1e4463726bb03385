namespace ExpertGraph.Resolution;

/// <summary>
/// Everything the resolver may compare about one author mention: the name as written, the hard ids it carries and the
/// work it sits on (co-authors, affiliations, venue, title, year, concepts). Sources fill what they have; a missing
/// part is null or empty and its features say "unknown" rather than "different".
/// </summary>
public sealed record MentionSignature(string Id, string Name)
{
    /// <summary>The work the mention is on: two mentions of one work are never one person.</summary>
    public string? WorkId { get; init; }

    /// <summary>The names of the other authors (or inventors) of the work, as written.</summary>
    public IReadOnlyList<string> Coauthors { get; init; } = [];

    /// <summary>Affiliation strings as written (organization, with address parts where the source joins them).</summary>
    public IReadOnlyList<string> Affiliations { get; init; } = [];

    public string? Orcid { get; init; }

    public string? Email { get; init; }

    /// <summary>The source's own author id ("src:openalex:A123"), a hard link within that source.</summary>
    public string? SourceAuthorId { get; init; }

    public string? Venue { get; init; }

    public string? Title { get; init; }

    public int? Year { get; init; }

    /// <summary>Classification codes of the work (CPC/IPC, arXiv categories, NSFC codes), compared like venues.</summary>
    public IReadOnlyList<string> Classifications { get; init; } = [];

    /// <summary>Lexicon concept ids of the work with their weights; empty when the work was not tagged.</summary>
    public IReadOnlyList<KeyValuePair<int, float>> Concepts { get; init; } = [];
}
