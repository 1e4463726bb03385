using ExpertGraph.Core.Model;

namespace ExpertGraph.Graph.Conflicts;

/// <summary>A work two persons share; <paramref name="Date"/> null when the source gives none (counted as inside every window).</summary>
public sealed record SharedWorkEvidence(PersonId Left, PersonId Right, string WorkReference, WorkKind Kind, string Title, EvidenceDate? Date, int AuthorCount);
