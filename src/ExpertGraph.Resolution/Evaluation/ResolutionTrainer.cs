using System.Globalization;
using ExpertGraph.Resolution.Clustering;
using ExpertGraph.Resolution.Features;
using ExpertGraph.Resolution.Model;

namespace ExpertGraph.Resolution.Evaluation;

/// <summary>Training choices besides the trees: how many pairs a block gives at most, and the settings tried.</summary>
public sealed record ResolutionTrainingOptions
{
    /// <summary>Pairs drawn at most from one block (seeded sample when it has more), so that big names do not swamp the rest.</summary>
    public int MaxPairsPerBlock { get; init; } = 6000;

    public IReadOnlyList<Linkage> Linkages { get; init; } = [Linkage.Average, Linkage.Single, Linkage.Complete];

    public IReadOnlyList<double> Thresholds { get; init; } = Enumerable.Range(1, 19).Select(i => Math.Round(i * 0.05, 2)).ToArray();

    /// <summary>How many of each linkage's best first-stage settings the second stage is tried on.</summary>
    public int StageOneCandidates { get; init; } = 3;

    public PairwiseModelOptions Model { get; init; } = new();
}

/// <summary>The cross-validated objective of one setting: mean B-cubed F1 over the source families.</summary>
public sealed record SettingScore(Linkage Linkage, double Threshold, double? ClusterThreshold, double MeanBCubedF1);

/// <summary>A trained resolution: both models, the settings chosen on training data, and how they were chosen.</summary>
public sealed record TrainedResolution(PairwiseModel Model, PairwiseModel? ClusterModel, ClusteringSettings Settings, int TrainingPairs,
    int PositivePairs, int ClusterPairs, IReadOnlyList<SettingScore> CrossValidation)
{
    public BlockClusterer Clusterer() => new(Model, Settings, ClusterModel);
}

/// <summary>
/// Trains the resolver on the training side of the gold sets, deterministically (seeded sampling, single-threaded trees):
/// 1. mention-pair examples from every training block (all pairs, or a seeded sample of
///    <see cref="ResolutionTrainingOptions.MaxPairsPerBlock"/>; pairs hard rules decide are left out), plus the training
///    pairs of pair sets;
/// 2. first-stage linkage and threshold by <see cref="GoldSplit.Folds"/>-fold cross-validation over training blocks: a
///    model trained without a fold scores that fold, which is clustered under every setting;
/// 3. for the best <see cref="ResolutionTrainingOptions.StageOneCandidates"/> first-stage settings of each linkage:
///    cluster-pair examples from their out-of-fold clusters (a pair is positive when the two clusters' majority persons
///    are one), a cluster model per fold, and every second-stage threshold scored; the best pair of settings wins, and
///    "no second stage" stays a candidate;
/// 4. both final models on all training examples.
/// The objective is the mean over source families (aminer, patentsview, s2and: a set's name before '/') of the family's
/// pooled B-cubed F1, so that a family of many small sets weighs as one. Ties go to the earlier setting. The held-out
/// side is never looked at.
/// </summary>
public sealed class ResolutionTrainer(ResolutionTrainingOptions? options = null)
{
    private readonly ResolutionTrainingOptions _options = options ?? new ResolutionTrainingOptions();

    public TrainedResolution Train(PreparedGold gold, Action<string>? log = null)
    {
        ArgumentNullException.ThrowIfNull(gold);
        var blocks = gold.Blocks.Where(b => !b.HeldOut).ToList();
        var blockExamples = blocks.Select(MentionExamples).ToList();
        var pairExamples = gold.Pairs.Where(p => !p.Test && !BlockClusterer.HardIdConflict(p.First, p.Second))
            .Select(p => new PairExample(PairFeatures.Compute(p.First, p.Second, p.Statistics), p.SamePerson))
            .ToList();
        var folds = blocks.Select(b => GoldSplit.FoldOf(b.Set + "/" + b.Key)).ToArray();
        log?.Invoke($"training blocks: {blocks.Count}, mention-pair examples: {blockExamples.Sum(e => e.Count)} from blocks + {pairExamples.Count} labelled pairs");

        // Stage 1: out-of-fold similarities, then every setting on them.
        var similarities = new float[blocks.Count][];
        for (var fold = 0; fold < GoldSplit.Folds; fold++)
        {
            var examples = pairExamples.Concat(blockExamples.Where((_, i) => folds[i] != fold).SelectMany(e => e)).ToList();
            var clusterer = new BlockClusterer(PairwiseModel.Train(examples, _options.Model), new ClusteringSettings(Linkage.Average, 0.5));
            var inFold = Enumerable.Range(0, blocks.Count).Where(i => folds[i] == fold).ToList();
            var scored = inFold.AsParallel().AsOrdered().Select(i => clusterer.Similarities(blocks[i].Profiles, blocks[i].Statistics)).ToList();
            for (var k = 0; k < inFold.Count; k++) similarities[inFold[k]] = scored[k];
            log?.Invoke($"stage 1, fold {fold + 1}/{GoldSplit.Folds}: trained on {examples.Count} pairs, scored {inFold.Count} blocks");
        }

        var scores = new List<SettingScore>();
        foreach (var linkage in _options.Linkages)
        {
            foreach (var threshold in _options.Thresholds)
            {
                var settings = new ClusteringSettings(linkage, threshold);
                var labels = Enumerable.Range(0, blocks.Count).AsParallel().AsOrdered()
                    .Select(i => BlockClusterer.Cluster(blocks[i].Profiles, similarities[i], settings)).ToList();
                scores.Add(Scored(blocks, labels, settings, log));
            }
        }

        // Stage 2 is chosen jointly with stage 1: for the best few first-stage settings of each linkage, cluster pairs of
        // their out-of-fold clusters train a cluster model per fold, and every second-stage threshold is scored.
        var candidates = scores.GroupBy(s => s.Linkage)
            .SelectMany(g => g.OrderByDescending(s => s.MeanBCubedF1).ThenBy(s => s.Threshold).Take(_options.StageOneCandidates))
            .ToList();
        var best = Best(scores);
        var bestClusterExamples = new List<PairExample>();
        foreach (var candidate in candidates)
        {
            var firstSettings = new ClusteringSettings(candidate.Linkage, candidate.Threshold);
            var firstLabels = Enumerable.Range(0, blocks.Count).AsParallel().AsOrdered()
                .Select(i => BlockClusterer.Cluster(blocks[i].Profiles, similarities[i], firstSettings)).ToArray();
            var clusterPairs = Enumerable.Range(0, blocks.Count).AsParallel().AsOrdered()
                .Select(i => BlockClusterer.ClusterPairs(blocks[i].Profiles, similarities[i], firstLabels[i], blocks[i].Statistics)).ToArray();
            var clusterExamples = Enumerable.Range(0, blocks.Count).Select(i => ClusterExamples(blocks[i], clusterPairs[i])).ToList();
            var probabilities = new float[blocks.Count][];
            for (var fold = 0; fold < GoldSplit.Folds; fold++)
            {
                var examples = clusterExamples.Where((_, i) => folds[i] != fold).SelectMany(e => e).ToList();
                var model = examples.Any(e => e.SamePerson) && examples.Any(e => !e.SamePerson) ? PairwiseModel.Train(examples, _options.Model) : null;
                foreach (var i in Enumerable.Range(0, blocks.Count).Where(i => folds[i] == fold))
                    probabilities[i] = clusterPairs[i].Features.Select(f => f is null || model is null ? 0f : model.Probability(f)).ToArray();
            }

            foreach (var threshold in _options.Thresholds)
            {
                var settings = firstSettings with { ClusterThreshold = threshold };
                var labels = Enumerable.Range(0, blocks.Count).AsParallel().AsOrdered()
                    .Select(i => BlockClusterer.MergeClusters(firstLabels[i], clusterPairs[i], probabilities[i], threshold)).ToList();
                var score = Scored(blocks, labels, settings, log);
                scores.Add(score);
                if (score.MeanBCubedF1 > best.MeanBCubedF1)
                {
                    best = score;
                    bestClusterExamples = clusterExamples.SelectMany(e => e).ToList();
                }
            }
        }

        var allMention = pairExamples.Concat(blockExamples.SelectMany(e => e)).ToList();
        var chosen = new ClusteringSettings(best.Linkage, best.Threshold, best.ClusterThreshold);
        log?.Invoke(string.Create(CultureInfo.InvariantCulture, $"chosen: {best.Linkage} linkage at {best.Threshold:0.00}, ") +
            (best.ClusterThreshold is { } t ? string.Create(CultureInfo.InvariantCulture, $"clusters merged at {t:0.00}") : "no cluster stage (it did not help)") +
            string.Create(CultureInfo.InvariantCulture, $" (cross-validated mean B-cubed F1 {best.MeanBCubedF1:0.0000})"));
        log?.Invoke($"final models on {allMention.Count} mention pairs and {bestClusterExamples.Count} cluster pairs");
        var mentionModel = PairwiseModel.Train(allMention, _options.Model);
        var clusterModel = best.ClusterThreshold is null ? null : PairwiseModel.Train(bestClusterExamples, _options.Model);
        return new TrainedResolution(mentionModel, clusterModel, chosen, allMention.Count, allMention.Count(e => e.SamePerson),
            bestClusterExamples.Count, scores);
    }

    /// <summary>The source family of a set: its name before '/'.</summary>
    public static string FamilyOf(string set) => set.Split('/')[0];

    private static SettingScore Scored(List<GoldBlock> blocks, IReadOnlyList<int[]> labels, ClusteringSettings settings, Action<string>? log)
    {
        var families = blocks.Select(b => FamilyOf(b.Set)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var f1 = families.Select(family =>
        {
            var members = Enumerable.Range(0, blocks.Count).Where(i => FamilyOf(blocks[i].Set) == family).ToList();
            var pooled = members.Select(i => blocks[i] with { Gold = blocks[i].Gold.Select(g => blocks[i].Set + "#" + g).ToArray() }).ToList();
            return ResolutionEvaluation.Score(pooled, members.Select(i => labels[i]).ToList(), _ => true).BCubed.F1;
        }).ToList();
        log?.Invoke(string.Create(CultureInfo.InvariantCulture,
            $"  {settings.Linkage,-8} {settings.Threshold:0.00} {(settings.ClusterThreshold is { } t ? t.ToString("0.00", CultureInfo.InvariantCulture) : "-"),4}  mean {f1.Average():0.0000}  {string.Join("  ", families.Select((f, i) => $"{f} {f1[i]:0.0000}"))}"));
        return new SettingScore(settings.Linkage, settings.Threshold, settings.ClusterThreshold, f1.Average());
    }

    private static SettingScore Best(IReadOnlyList<SettingScore> scores) => scores.Aggregate((a, b) => b.MeanBCubedF1 > a.MeanBCubedF1 ? b : a);

    private List<PairExample> MentionExamples(GoldBlock block)
    {
        var candidates = new List<(int, int)>();
        for (var i = 0; i < block.Profiles.Count; i++)
        {
            for (var j = i + 1; j < block.Profiles.Count; j++)
            {
                if (!BlockClusterer.HardIdConflict(block.Profiles[i], block.Profiles[j])) candidates.Add((i, j));
            }
        }

        var context = BlockContext.Of(block.Profiles);
        return Sample(candidates, block, "mentions").Select(c =>
            {
                var features = new float[PairFeatures.Count];
                PairFeatures.Compute(block.Profiles[c.Item1], block.Profiles[c.Item2], block.Statistics, context.CommonNeighbours(c.Item1, c.Item2), context.Fragmentation, features);
                return new PairExample(features, block.Gold[c.Item1] == block.Gold[c.Item2]);
            })
            .ToList();
    }

    private List<PairExample> ClusterExamples(GoldBlock block, ClusterPairs pairs)
    {
        var k = pairs.Clusters.Count;
        var majority = pairs.Clusters.Select(c => c.Members.GroupBy(i => block.Gold[i], StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key).ToArray();
        var candidates = new List<(int, int)>();
        for (var a = 0; a < k; a++)
        {
            for (var b = a + 1; b < k; b++)
            {
                if (pairs.Features[a * k + b] is not null) candidates.Add((a, b));
            }
        }

        return Sample(candidates, block, "clusters").Select(c => new PairExample(pairs.Features[c.Item1 * k + c.Item2]!, majority[c.Item1] == majority[c.Item2])).ToList();
    }

    /// <summary>At most <see cref="ResolutionTrainingOptions.MaxPairsPerBlock"/> pairs: a partial Fisher–Yates shuffle seeded by the block.</summary>
    private List<(int, int)> Sample(List<(int, int)> candidates, GoldBlock block, string stage)
    {
        if (candidates.Count <= _options.MaxPairsPerBlock) return candidates;
        var random = new Random((int)GoldSplit.Hash(block.Set + "/" + block.Key + "/" + stage) ^ _options.Model.Seed);
        for (var k = 0; k < _options.MaxPairsPerBlock; k++)
        {
            var pick = random.Next(k, candidates.Count);
            (candidates[k], candidates[pick]) = (candidates[pick], candidates[k]);
        }

        return candidates.GetRange(0, _options.MaxPairsPerBlock);
    }
}
