using ExpertGraph.Core.Model;

namespace ExpertGraph.Core.Storage;

/// <summary>
/// One derived collaboration: two persons (A &lt; B) who share works of one kind, how many, and the years of the first
/// and last (null when no shared work has a year). Works with more authors than the derived tables' limit make none.
/// </summary>
public readonly record struct CollaborationRow(PersonId A, PersonId B, WorkKind Kind, int WorkCount, int? FirstYear, int? LastYear);
