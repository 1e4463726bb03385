using ExpertGraph.Core.Model;

namespace ExpertGraph.Core.Storage;

/// <summary>A resolved author mention of a work, as stored.</summary>
public sealed record AuthorshipRow(int Position, PersonId Person, string RawName, AuthorRole Role)
{
    public InstitutionId? Institution { get; init; }
    public string? Affiliation { get; init; }
    public string? Email { get; init; }
    public string? Orcid { get; init; }

    /// <summary>
    /// The mention's name block ("family|initial", e.g. "zhang|w"): what the author resolver loads the mentions it compares
    /// by (null: not computed; "": the name gives no key).
    /// </summary>
    public string? BlockKey { get; init; }

    /// <summary>The source's own author id as the record gives it (e.g. "A5023888391"), without a source prefix.</summary>
    public string? SourceAuthorId { get; init; }

    /// <summary>
    /// The mention as the author resolver compares it, encoded by the resolver (null: none, e.g. the exact-key
    /// resolver). Stored so that loading a name block reads it instead of profiling every mention again.
    /// </summary>
    public byte[]? Profile { get; init; }
}
