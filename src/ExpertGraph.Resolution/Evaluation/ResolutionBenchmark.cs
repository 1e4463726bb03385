using ExpertGraph.Resolution.Features;
using ExpertGraph.Resolution.Gold;
using ExpertGraph.Resolution.Model;

namespace ExpertGraph.Resolution.Evaluation;

/// <summary>
/// Training and evaluation on the gold sets end to end: what <c>expertgraph resolution train</c> and
/// <c>expertgraph eval resolution</c> run. Scores are of the held-out side only; inventor sets are also pooled into one
/// "patentsview (all sets)" row, mention-weighted, as the issue's target reads.
/// </summary>
public static class ResolutionBenchmark
{
    public const string PooledInventors = "patentsview (all sets)";

    public static (ResolutionModel Model, IReadOnlyList<SetEvaluation> HeldOut) Train(
        IReadOnlyList<GoldSet> sets, MentionProfiler profiler, ResolutionTrainingOptions? options = null, Action<string>? log = null)
    {
        ArgumentNullException.ThrowIfNull(sets);
        options ??= new ResolutionTrainingOptions();
        var gold = PreparedGold.Prepare(sets, profiler);
        var trained = new ResolutionTrainer(options).Train(gold, log);
        var heldOut = WithPooledInventors(gold, ResolutionEvaluation.Evaluate(gold, trained.Model, trained.Clusterer()), trained.Clusterer(), heldOut: true);
        var info = new ResolutionModelInfo
        {
            Linkage = trained.Settings.Linkage,
            Threshold = trained.Settings.Threshold,
            ClusterThreshold = trained.Settings.ClusterThreshold,
            ClusterPairs = trained.ClusterPairs,
            Trees = options.Model,
            MaxPairsPerBlock = options.MaxPairsPerBlock,
            TrainingPairs = trained.TrainingPairs,
            PositivePairs = trained.PositivePairs,
            TrainedOn = sets.Where(s => s.Mentions.Count + s.Pairs.Count > 0).Select(s => s.Name).Order(StringComparer.Ordinal).ToList(),
            HeldOut = Summaries(heldOut),
        };
        return (new ResolutionModel(trained.Model, trained.ClusterModel, info), heldOut);
    }

    /// <param name="heldOut">False scores the training side instead (what the model was fitted on).</param>
    public static IReadOnlyList<SetEvaluation> Evaluate(ResolutionModel model, IReadOnlyList<GoldSet> sets, MentionProfiler profiler, bool heldOut = true)
    {
        ArgumentNullException.ThrowIfNull(model);
        var gold = PreparedGold.Prepare(sets, profiler);
        return WithPooledInventors(gold, ResolutionEvaluation.Evaluate(gold, model.Pairwise, model.Clusterer(), heldOut), model.Clusterer(), heldOut);
    }

    /// <summary>The incremental mode on the held-out blocks (<see cref="AssignmentEvaluation"/>).</summary>
    public static IReadOnlyList<AssignmentScores> EvaluateAssignment(ResolutionModel model, IReadOnlyList<GoldSet> sets, MentionProfiler profiler,
        bool heldOut = true) =>
        AssignmentEvaluation.Evaluate(PreparedGold.Prepare(sets, profiler), model, heldOut);

    public static IReadOnlyList<HeldOutScore> Summaries(IReadOnlyList<SetEvaluation> evaluations)
    {
        ArgumentNullException.ThrowIfNull(evaluations);
        return evaluations.Where(e => e.Clustering is not null || e.Pairs is not null).Select(e =>
        {
            var r = ResolutionModel.Round;
            return e.Clustering is { } c
                ? new HeldOutScore(e.Set, c.Mentions, c.GoldPersons, r(c.BCubed.Precision), r(c.BCubed.Recall), r(c.BCubed.F1),
                    r(c.Pairwise.Precision), r(c.Pairwise.Recall), r(c.Pairwise.F1), 0)
                : new HeldOutScore(e.Set, 0, 0, 0, 0, 0, r(e.Pairs!.Value.Precision), r(e.Pairs.Value.Recall), r(e.Pairs.Value.F1), e.PairCount);
        }).ToList();
    }

    private static IReadOnlyList<SetEvaluation> WithPooledInventors(PreparedGold gold, IReadOnlyList<SetEvaluation> evaluations, Clustering.BlockClusterer clusterer,
        bool heldOut)
    {
        var inventorBlocks = gold.Blocks.Where(b => b.HeldOut == heldOut && b.Set.StartsWith("patentsview/", StringComparison.Ordinal)).ToList();
        if (inventorBlocks.Count == 0) return evaluations;
        var predictions = inventorBlocks.AsParallel().AsOrdered().Select(b => clusterer.Cluster(b.Profiles, b.Statistics)).ToList();
        // Gold persons are unique within a set only: prefix them with the set when pooling.
        var pooled = inventorBlocks.Select(b => b with { Gold = b.Gold.Select(g => b.Set + "#" + g).ToArray() }).ToList();
        var scores = ResolutionEvaluation.Score(pooled, predictions, _ => true);
        return [.. evaluations, new SetEvaluation(PooledInventors, scores, [], null, 0)];
    }
}
