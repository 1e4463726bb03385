using ExpertGraph.Core.Model;

namespace ExpertGraph.Graph.Conflicts;

/// <summary>
/// A person at an institution from <paramref name="From"/> to <paramref name="To"/> (null: not known, counted as
/// inside every window). <paramref name="InstitutionKey"/> is the source's own identity of the institution (the
/// store's institution id, a normalized name); institution aliases can merge several keys into one organization.
/// </summary>
public sealed record AffiliationEvidence(PersonId Person, string InstitutionKey, string InstitutionName, string? CountryCode, EvidenceDate? From, EvidenceDate? To);
