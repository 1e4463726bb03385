using ExpertGraph.Core.Storage;

namespace ExpertGraph.Query.Peers;

/// <summary>
/// A peer: how near their field is (cosine in the semantic space), their standing (impact percentile among the field's
/// persons), how far they are in the collaboration graph (null: more than <see cref="PeerFinder.MaxDistance"/> hops), and
/// the lexicon concepts both profiles share, the reason shown.
/// </summary>
public sealed record Peer(int Rank, PersonSummary Person, double Similarity, double LevelPercentile, int Works, int? Distance, IReadOnlyList<SharedConcept> SharedConcepts);
