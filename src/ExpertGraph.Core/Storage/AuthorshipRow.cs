using ExpertGraph.Core.Model;

namespace ExpertGraph.Core.Storage;

/// <summary>A resolved author mention of a work, as stored.</summary>
public sealed record AuthorshipRow(int Position, PersonId Person, string RawName, AuthorRole Role)
{
    public InstitutionId? Institution { get; init; }
    public string? Affiliation { get; init; }
    public string? Email { get; init; }
    public string? Orcid { get; init; }
}
