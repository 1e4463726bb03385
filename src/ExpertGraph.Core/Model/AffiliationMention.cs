namespace ExpertGraph.Core.Model;

/// <summary>
/// An affiliation as the source states it. <see cref="Organization"/> is the institution name when the source
/// separates it; <see cref="CountryCode"/> is ISO 3166-1 alpha-2, from the source or inferred from the text.
/// </summary>
public sealed record AffiliationMention(string RawText)
{
    public string? Organization { get; init; }
    public string? City { get; init; }
    public string? CountryCode { get; init; }
    /// <summary>The source's own institution id (OpenAlex I-id, ROR), when given.</summary>
    public string? SourceInstitutionId { get; init; }
}
