using ExpertGraph.Core.Storage;

namespace ExpertGraph.Query.Peers;

/// <summary>The person, their standing in their field, and their peers, nearest first.</summary>
public sealed record PeerResult(PeerQuery Query, PersonSummary Person, int Works, double LevelPercentile, IReadOnlyList<Peer> Peers);
