namespace ExpertGraph.Query.Evaluation;

/// <summary>One labelled expert (a benchmark author) and the share of their first ten peers that share a topic with them.</summary>
public sealed record PeerPrecision(long Expert, double PrecisionAt10);
