using ExpertGraph.Core.Model;

namespace ExpertGraph.Core.Storage;

/// <summary>
/// A person at an institution, as their works show it: the years of the first and last work written there (null when
/// none of those works has a year) and how many works.
/// </summary>
public sealed record AffiliationSpan(PersonId Person, InstitutionId Institution, string InstitutionName, string? CountryCode, int? FirstYear, int? LastYear, int WorkCount);
