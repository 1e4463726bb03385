using ExpertGraph.Core.Model;

namespace ExpertGraph.Graph.Conflicts;

/// <summary>A person and a co-author: how many shared works of one kind, and the latest one's date (null: undated).</summary>
public readonly record struct CoauthorTie(PersonId Person, PersonId Coauthor, WorkKind Kind, int WorkCount, EvidenceDate? Latest);
