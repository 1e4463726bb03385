using ExpertGraph.Core.Model;

namespace ExpertGraph.Core.Storage;

/// <summary>
/// One person on one work, with what scout filters read of it: the work's kind, year and citations (0 when the source
/// gives none), the institution the person wrote it at (the lowest id when the person is on the work twice with two),
/// the countries of every affiliation on the work (space-separated ISO codes, null: none) and the country stored with
/// the person (from their first mention).
/// </summary>
public readonly record struct PersonWorkFact(
    PersonId Person, WorkId Work, WorkKind Kind, int? Year, int Citations, InstitutionId? Institution, string? WorkCountries, string? PersonCountry);
