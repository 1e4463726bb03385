using ExpertGraph.Core.Model;

namespace ExpertGraph.Core.Storage;

/// <summary>A person as shown in a result list.</summary>
public sealed record PersonSummary(PersonId Id, string DisplayName)
{
    public string? Institution { get; init; }
    public string? CountryCode { get; init; }
    public string? Orcid { get; init; }
    public int WorkCount { get; init; }
    public int? FirstYear { get; init; }
    public int? LastYear { get; init; }
}
