using ExpertGraph.Core.Model;

namespace ExpertGraph.Graph.Conflicts;

/// <summary>
/// A relation a curator states (advisor and advisee, family, …): between two persons in either order, optionally
/// from and to a date (no end: ongoing), with a note and where it was read.
/// </summary>
public sealed record DeclaredRelation(PersonId A, PersonId B, ConflictRelation Relation, string Kind, EvidenceDate? From, EvidenceDate? To, string Note, string Source);
