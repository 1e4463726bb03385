using ExpertGraph.Core.Model;

namespace ExpertGraph.Core.Resolution;

/// <summary>
/// A stored author mention of one name block with everything the author resolver compares: its own fields, its work's
/// title, venue, year, classifications and concepts, and the names of the work's other authors.
/// </summary>
public sealed record BlockMention(WorkId Work, int Position, PersonId Person, string RawName)
{
    /// <summary>The work's source (works.source), e.g. "openalex".</summary>
    public string Source { get; init; } = "";

    public string? Affiliation { get; init; }

    public string? Email { get; init; }

    public string? Orcid { get; init; }

    /// <summary>The source's own author id as the record gave it, without a source prefix.</summary>
    public string? SourceAuthorId { get; init; }

    /// <summary>The person a curator pinned this mention on (mention_pins), if any: re-resolution must keep it there.</summary>
    public PersonId? Pinned { get; init; }

    public string? Title { get; init; }

    public string? Venue { get; init; }

    public int? Year { get; init; }

    /// <summary>The work's classification codes as "scheme:code" (as <c>MentionSignatures</c> writes them), in stored order.</summary>
    public IReadOnlyList<string> Classifications { get; init; } = [];

    /// <summary>Raw names of the work's other authors, in position order.</summary>
    public IReadOnlyList<string> Coauthors { get; init; } = [];
}
