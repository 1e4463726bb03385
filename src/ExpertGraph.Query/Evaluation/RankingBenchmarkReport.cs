using ExpertGraph.Search.Evaluation;

namespace ExpertGraph.Query.Evaluation;

/// <summary>The benchmark's outcome: per query, and mean ± population std over the document queries and the topic queries.</summary>
public sealed record RankingBenchmarkReport(
    string Scorer,
    int? SemanticDimensions,
    int Works,
    int Persons,
    IReadOnlyList<RankingQueryResult> Documents,
    IReadOnlyList<RankingQueryResult> TopicQueries)
{
    /// <summary>The learned scorer on the document queries, each scored by a model that never saw its topic (empty: not run).</summary>
    public IReadOnlyList<RankingQueryResult> Learned { get; init; } = [];

    public MetricSummary LearnedAveragePrecision => Summary(Learned, m => m.AveragePrecision);
    public MetricSummary LearnedPrecisionAt10 => Summary(Learned, m => m.PrecisionAt10);
    public MetricSummary LearnedRocAuc => Summary(Learned, m => m.RocAuc);

    /// <summary>Each labelled expert's peer precision at 10, standing matched (the default).</summary>
    public IReadOnlyList<PeerPrecision> Peers { get; init; } = [];

    /// <summary>The same without matching standing.</summary>
    public IReadOnlyList<PeerPrecision> PeersAnyLevel { get; init; } = [];

    public MetricSummary PeerPrecisionAt10 => MetricSummary.Of([.. Peers.Select(p => p.PrecisionAt10)]);
    public MetricSummary PeerPrecisionAt10AnyLevel => MetricSummary.Of([.. PeersAnyLevel.Select(p => p.PrecisionAt10)]);

    public MetricSummary AveragePrecision => Summary(Documents, m => m.AveragePrecision);
    public MetricSummary PrecisionAt10 => Summary(Documents, m => m.PrecisionAt10);
    public MetricSummary RocAuc => Summary(Documents, m => m.RocAuc);
    public MetricSummary FirstRelevantRank => Summary(Documents, m => m.FirstRelevantRank);
    public MetricSummary TopicAveragePrecision => Summary(TopicQueries, m => m.AveragePrecision);
    public MetricSummary TopicPrecisionAt10 => Summary(TopicQueries, m => m.PrecisionAt10);

    private static MetricSummary Summary(IReadOnlyList<RankingQueryResult> results, Func<RankingMetrics, double> metric) =>
        MetricSummary.Of([.. results.Select(result => metric(result.Metrics))]);
}
