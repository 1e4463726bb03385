using ExpertGraph.Core.Model;
using ExpertGraph.Core.Names;

namespace ExpertGraph.Core.Storage;

/// <summary>What the store needs to create a person from its first mention.</summary>
public sealed record NewPerson(string DisplayName, PersonName Name, string NameKey)
{
    public string? Orcid { get; init; }
    public InstitutionId? Institution { get; init; }
    public string? CountryCode { get; init; }
}
