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

    public IReadOnlyList<double> Thresholds { get; init; } = Enumerable.Range(1, 19).Select(i => i * 0.05).ToArray();

    public PairwiseModelOptions Model { get; init; } = new();
}

/// <summary>Mean B-cubed F1 over the clustering gold sets of one setting in cross-validation.</summary>
public sealed record SettingScore(Linkage Linkage, double Threshold, double MeanBCubedF1);

/// <summary>A trained resolution: the model, the clustering settings chosen on training data, and how they were chosen.</summary>
public sealed record TrainedResolution(PairwiseModel Model, ClusteringSettings Settings, int TrainingPairs, int PositivePairs,
    IReadOnlyList<SettingScore> CrossValidation);

/// <summary>
/// Trains the resolver on the training side of the gold sets, deterministically:
/// 1. pair examples from every training block (all pairs, or a seeded sample of <see cref="ResolutionTrainingOptions.MaxPairsPerBlock"/>;
///    pairs that hard rules already decide are left out) plus the training pairs of pair sets;
/// 2. linkage and threshold by <see cref="GoldSplit.Folds"/>-fold cross-validation over training blocks: a model trained
///    without a fold clusters that fold under every setting; the setting with the best mean B-cubed F1 over the sets wins
///    (ties: the earlier in the option lists);
/// 3. the final model on all training examples. The held-out side is never looked at.
/// </summary>
public sealed class ResolutionTrainer(ResolutionTrainingOptions? options = null)
{
    private readonly ResolutionTrainingOptions _options = options ?? new ResolutionTrainingOptions();

    public TrainedResolution Train(PreparedGold gold, Action<string>? log = null)
    {
        ArgumentNullException.ThrowIfNull(gold);
        var trainingBlocks = gold.Blocks.Where(b => !b.HeldOut).ToList();
        var blockExamples = trainingBlocks.Select(Examples).ToList();
        var pairExamples = gold.Pairs.Where(p => !p.Test && !BlockClusterer.Conflict(p.First, p.Second))
            .Select(p => new PairExample(PairFeatures.Compute(p.First, p.Second, p.Statistics), p.SamePerson))
            .ToList();
        var folds = trainingBlocks.Select(b => GoldSplit.FoldOf(b.Set + "/" + b.Key)).ToArray();
        log?.Invoke($"training blocks: {trainingBlocks.Count}, pair examples: {blockExamples.Sum(e => e.Count)} from blocks + {pairExamples.Count} labelled pairs");

        var totals = new double[_options.Linkages.Count, _options.Thresholds.Count];
        var sets = trainingBlocks.Select(b => b.Set).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var perSet = sets.ToDictionary(s => s, _ => new List<(GoldBlock Block, float[] Similarity)>(), StringComparer.Ordinal);
        for (var fold = 0; fold < GoldSplit.Folds; fold++)
        {
            var examples = pairExamples.Concat(blockExamples.Where((_, i) => folds[i] != fold).SelectMany(e => e)).ToList();
            var model = PairwiseModel.Train(examples, _options.Model);
            var clusterer = new BlockClusterer(model, new ClusteringSettings(Linkage.Average, 0.5));
            var held = trainingBlocks.Where((_, i) => folds[i] == fold).ToList();
            var similarities = held.AsParallel().AsOrdered().Select(b => clusterer.Similarities(b.Profiles, b.Statistics)).ToList();
            for (var i = 0; i < held.Count; i++) perSet[held[i].Set].Add((held[i], similarities[i]));
            log?.Invoke($"cross-validation fold {fold + 1}/{GoldSplit.Folds}: trained on {examples.Count} pairs, scored {held.Count} blocks");
        }

        var scores = new List<SettingScore>();
        for (var l = 0; l < _options.Linkages.Count; l++)
        {
            for (var t = 0; t < _options.Thresholds.Count; t++)
            {
                var settings = new ClusteringSettings(_options.Linkages[l], _options.Thresholds[t]);
                var perSetF1 = sets.Select(set => BCubedF1(perSet[set], settings)).ToList();
                scores.Add(new SettingScore(settings.Linkage, settings.Threshold, perSetF1.Average()));
                log?.Invoke(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                    $"  {settings.Linkage,-8} {settings.Threshold:0.00}  mean {perSetF1.Average():0.0000}  {string.Join("  ", sets.Select((s, i) => $"{s} {perSetF1[i]:0.0000}"))}"));
            }
        }

        var best = scores.Aggregate((a, b) => b.MeanBCubedF1 > a.MeanBCubedF1 ? b : a);
        var all = pairExamples.Concat(blockExamples.SelectMany(e => e)).ToList();
        log?.Invoke($"chosen: {best.Linkage} linkage at {best.Threshold:0.00} (cross-validated mean B-cubed F1 {best.MeanBCubedF1:0.0000}); final model on {all.Count} pairs");
        var final = PairwiseModel.Train(all, _options.Model);
        return new TrainedResolution(final, new ClusteringSettings(best.Linkage, best.Threshold), all.Count, all.Count(e => e.SamePerson), scores);
    }

    private static double BCubedF1(List<(GoldBlock Block, float[] Similarity)> blocks, ClusteringSettings settings)
    {
        var predictions = blocks.Select(b => BlockClusterer.Cluster(b.Block.Profiles, b.Similarity, settings)).ToList();
        return ResolutionEvaluation.Score(blocks.Select(b => b.Block).ToList(), predictions, _ => true).BCubed.F1;
    }

    private List<PairExample> Examples(GoldBlock block)
    {
        var n = block.Profiles.Count;
        var candidates = new List<(int, int)>();
        for (var i = 0; i < n; i++)
        {
            for (var j = i + 1; j < n; j++)
            {
                if (!BlockClusterer.Conflict(block.Profiles[i], block.Profiles[j])) candidates.Add((i, j));
            }
        }

        if (candidates.Count > _options.MaxPairsPerBlock)
        {
            // A partial Fisher–Yates shuffle seeded by the block: the same sample on every run.
            var random = new Random((int)GoldSplit.Hash(block.Set + "/" + block.Key) ^ _options.Model.Seed);
            for (var k = 0; k < _options.MaxPairsPerBlock; k++)
            {
                var pick = random.Next(k, candidates.Count);
                (candidates[k], candidates[pick]) = (candidates[pick], candidates[k]);
            }

            candidates.RemoveRange(_options.MaxPairsPerBlock, candidates.Count - _options.MaxPairsPerBlock);
        }

        return candidates.Select(c => new PairExample(
                PairFeatures.Compute(block.Profiles[c.Item1], block.Profiles[c.Item2], block.Statistics),
                block.Gold[c.Item1] == block.Gold[c.Item2]))
            .ToList();
    }
}
