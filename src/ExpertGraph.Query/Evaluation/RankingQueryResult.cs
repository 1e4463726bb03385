using ExpertGraph.Search.Evaluation;

namespace ExpertGraph.Query.Evaluation;

/// <summary>One benchmark query (a document number or a topic name), its topics, and how the ranking scored on it.</summary>
public sealed record RankingQueryResult(string Query, IReadOnlySet<string> Topics, RankingMetrics Metrics);
