using ExpertGraph.Core.Model;

namespace ExpertGraph.Core.Storage;

/// <summary>
/// A work as scout filters read it: kind, year, citations (0 when the source gives none) and the countries of every
/// affiliation on it (space-separated ISO codes, null: none).
/// </summary>
public readonly record struct WorkFact(WorkId Work, WorkKind Kind, int? Year, int Citations, string? Countries);

/// <summary>A person on a work and the institution they wrote it at (null: none known).</summary>
public readonly record struct AuthorshipFact(WorkId Work, PersonId Person, InstitutionId? Institution);

/// <summary>What a hit list shows of a work: its kind, title and year.</summary>
public readonly record struct WorkHeadline(WorkId Work, WorkKind Kind, string Title, int? Year);
