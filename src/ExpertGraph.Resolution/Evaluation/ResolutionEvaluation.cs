using ExpertGraph.Resolution.Clustering;
using ExpertGraph.Resolution.Features;
using ExpertGraph.Resolution.Model;

namespace ExpertGraph.Resolution.Evaluation;

/// <summary>Scores of one group (a name) of a gold set.</summary>
public sealed record GroupEvaluation(string Group, ClusteringScores Scores);

/// <summary>Held-out (or training) scores of one gold set: clustering scores overall and per group, or pair scores.</summary>
public sealed record SetEvaluation(string Set, ClusteringScores? Clustering, IReadOnlyList<GroupEvaluation> Groups, Scores? Pairs, int PairCount);

/// <summary>Clusters the blocks of a prepared gold set side and scores them against the gold persons.</summary>
public static class ResolutionEvaluation
{
    /// <param name="model">The mention-pair model: labelled pairs are decided by it at the first-stage threshold.</param>
    /// <param name="heldOut">True: the held-out side (what is reported); false: the training side.</param>
    public static IReadOnlyList<SetEvaluation> Evaluate(PreparedGold gold, PairwiseModel model, BlockClusterer clusterer, bool heldOut = true)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(clusterer);
        var settings = clusterer.Settings;
        var results = new List<SetEvaluation>();
        foreach (var set in gold.Sets.Select(s => s.Name).Order(StringComparer.Ordinal))
        {
            var blocks = gold.Blocks.Where(b => b.Set == set && b.HeldOut == heldOut).ToList();
            var predictions = blocks.AsParallel().AsOrdered().Select(b => clusterer.Cluster(b.Profiles, b.Statistics)).ToList();
            var clustering = blocks.Count == 0 ? null : Score(blocks, predictions, _ => true);
            var groups = blocks.SelectMany(b => b.Groups).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
                .Select(g => new GroupEvaluation(g, Score(blocks, predictions, group => group == g)))
                .ToList();
            var pairs = gold.Pairs.Where(p => p.Set == set && p.Test == heldOut).ToList();
            var pairScores = pairs.Count == 0
                ? (Scores?)null
                : ClusteringMetrics.ScorePairs(pairs.Select(p => (p.SamePerson, PairProbability(model, p) >= settings.Threshold)));
            results.Add(new SetEvaluation(set, clustering, groups, pairScores, pairs.Count));
        }

        return results;
    }

    /// <summary>The model's probability for a labelled pair (hard-id conflicts give 0).</summary>
    public static float PairProbability(PairwiseModel model, ProfiledPair pair)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(pair);
        return BlockClusterer.Conflict(pair.First, pair.Second) ? 0 : model.Probability(PairFeatures.Compute(pair.First, pair.Second, pair.Statistics));
    }

    /// <summary>Scores the mentions of the groups <paramref name="include"/> accepts; predicted labels are made unique per block.</summary>
    internal static ClusteringScores Score(IReadOnlyList<GoldBlock> blocks, IReadOnlyList<int[]> predictions, Func<string, bool> include)
    {
        var gold = new List<string>();
        var predicted = new List<string>();
        for (var b = 0; b < blocks.Count; b++)
        {
            for (var i = 0; i < blocks[b].Profiles.Count; i++)
            {
                if (!include(blocks[b].Groups[i])) continue;
                gold.Add(blocks[b].Gold[i]);
                predicted.Add(b.ToString(System.Globalization.CultureInfo.InvariantCulture) + ":" +
                    predictions[b][i].ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        return ClusteringMetrics.Score(gold, predicted);
    }
}
