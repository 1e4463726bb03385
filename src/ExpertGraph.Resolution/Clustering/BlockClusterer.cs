using ExpertGraph.Resolution.Features;
using ExpertGraph.Resolution.Model;

namespace ExpertGraph.Resolution.Clustering;

/// <summary>
/// Linkage and threshold of the first clustering stage (mention pairs), and the threshold of the second (cluster pairs;
/// null: no second stage), all chosen on training data (see <c>ResolutionTrainer</c>).
/// </summary>
public sealed record ClusteringSettings(Linkage Linkage, double Threshold, double? ClusterThreshold = null);

/// <summary>
/// Resolves one name block from scratch, in two stages.
/// 1. Hard links: the same ORCID, e-mail or source author id join; two ORCIDs, two ids of one source that differ, or two
///    mentions of one work never join. Then the mention-pair model's probabilities are clustered bottom-up.
/// 2. When a cluster model is given, the first stage's clusters are compared as wholes (<see cref="ClusterPairFeatures"/>)
///    and merged bottom-up (average linkage) while the cluster model's probability reaches its threshold — what joins
///    the halves of a prolific author that share no co-author paper by paper. Hard conflicts still hold.
/// </summary>
public sealed class BlockClusterer(PairwiseModel mentionModel, ClusteringSettings settings, PairwiseModel? clusterModel = null)
{
    public ClusteringSettings Settings => settings;

    /// <summary>Cluster labels per profile (0..k-1).</summary>
    public int[] Cluster(IReadOnlyList<MentionProfile> block, CorpusStatistics statistics)
    {
        var similarity = Similarities(block, statistics);
        var first = Cluster(block, similarity, settings);
        return clusterModel is null || settings.ClusterThreshold is not { } threshold
            ? first
            : MergeClusters(block, similarity, first, statistics, clusterModel, threshold);
    }

    /// <summary>
    /// Clusters a block under curator constraints (pins as must-links, separations as cannot-links, on top of the hard
    /// links), and returns the first-stage probabilities too (for confidence). A cannot-link holds in both stages.
    /// </summary>
    public int[] Cluster(IReadOnlyList<MentionProfile> block, CorpusStatistics statistics, BlockConstraints constraints, out float[] similarity)
    {
        ArgumentNullException.ThrowIfNull(constraints);
        similarity = Similarities(block, statistics);
        var (mustLink, cannotLink) = HardLinks(block);
        mustLink.AddRange(constraints.MustLink);
        cannotLink.AddRange(constraints.CannotLink);
        var first = AgglomerativeClustering.Cluster(block.Count, similarity, settings.Linkage, settings.Threshold, cannotLink, mustLink);
        if (clusterModel is null || settings.ClusterThreshold is not { } threshold) return first;

        var pairs = ClusterPairs(block, similarity, first, statistics);
        if (pairs.Clusters.Count < 2) return first;
        var k = pairs.Clusters.Count;
        var features = pairs.Features.ToArray();
        foreach (var (a, b) in constraints.CannotLink)
        {
            var (x, y) = (first[a], first[b]);
            if (x != y) features[x * k + y] = features[y * k + x] = null;
        }

        var constrained = new ClusterPairs(pairs.Clusters, features);
        return MergeClusters(first, constrained, features.Select(f => f is null ? 0f : clusterModel.Probability(f)).ToArray(), threshold);
    }

    /// <summary>The block's mention-pair probabilities, row-major.</summary>
    public float[] Similarities(IReadOnlyList<MentionProfile> block, CorpusStatistics statistics)
    {
        ArgumentNullException.ThrowIfNull(block);
        var n = block.Count;
        var similarity = new float[n * n];
        var features = new float[PairFeatures.Count];
        var context = BlockContext.Of(block);
        for (var i = 0; i < n; i++)
        {
            for (var j = i + 1; j < n; j++)
            {
                PairFeatures.Compute(block[i], block[j], statistics, context.CommonNeighbours(i, j), context.Fragmentation, features);
                similarity[i * n + j] = similarity[j * n + i] = mentionModel.Probability(features);
            }
        }

        return similarity;
    }

    /// <summary>The first stage on precomputed similarities (so that several settings can be tried on one matrix).</summary>
    public static int[] Cluster(IReadOnlyList<MentionProfile> block, float[] similarity, ClusteringSettings settings)
    {
        ArgumentNullException.ThrowIfNull(block);
        ArgumentNullException.ThrowIfNull(settings);
        var (mustLink, cannotLink) = HardLinks(block);
        return AgglomerativeClustering.Cluster(block.Count, similarity, settings.Linkage, settings.Threshold, cannotLink, mustLink);
    }

    /// <summary>The second stage: first-stage clusters merged by the cluster model's probabilities.</summary>
    public static int[] MergeClusters(IReadOnlyList<MentionProfile> block, float[] similarity, int[] labels, CorpusStatistics statistics,
        PairwiseModel clusterModel, double threshold)
    {
        ArgumentNullException.ThrowIfNull(clusterModel);
        var pairs = ClusterPairs(block, similarity, labels, statistics);
        if (pairs.Clusters.Count < 2) return labels;
        return MergeClusters(labels, pairs, pairs.Features.Select(f => f is null ? 0f : clusterModel.Probability(f)).ToArray(), threshold);
    }

    /// <summary>The second stage on precomputed cluster-pair probabilities (row-major over clusters).</summary>
    public static int[] MergeClusters(int[] labels, ClusterPairs pairs, float[] probabilities, double threshold)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(pairs);
        var k = pairs.Clusters.Count;
        var cannotLink = new List<(int, int)>();
        for (var a = 0; a < k; a++)
        {
            for (var b = a + 1; b < k; b++)
            {
                if (pairs.Features[a * k + b] is null) cannotLink.Add((a, b));
            }
        }

        var merged = AgglomerativeClustering.Cluster(k, probabilities, Linkage.Average, threshold, cannotLink);
        var result = new int[labels.Length];
        for (var i = 0; i < labels.Length; i++) result[i] = merged[labels[i]];
        return Renumber(result);
    }

    /// <summary>
    /// The first-stage clusters of a block (label order) and the features of every pair of them, row-major; a pair that
    /// holds a hard conflict has null features.
    /// </summary>
    public static ClusterPairs ClusterPairs(IReadOnlyList<MentionProfile> block, float[] similarity, int[] labels, CorpusStatistics statistics)
    {
        ArgumentNullException.ThrowIfNull(block);
        ArgumentNullException.ThrowIfNull(labels);
        var k = labels.Length == 0 ? 0 : labels.Max() + 1;
        var members = Enumerable.Range(0, k).Select(_ => new List<int>()).ToList();
        for (var i = 0; i < labels.Length; i++) members[labels[i]].Add(i);
        var clusters = members.Select(m => ClusterProfile.Of(block, m)).ToList();
        var conflict = new bool[k * k];
        foreach (var (i, j) in HardLinks(block).CannotLink) conflict[labels[i] * k + labels[j]] = conflict[labels[j] * k + labels[i]] = true;
        var features = new float[]?[k * k];
        var context = BlockContext.Of(block);
        for (var a = 0; a < k; a++)
        {
            for (var b = a + 1; b < k; b++)
            {
                if (conflict[a * k + b]) continue;
                features[a * k + b] = features[b * k + a] = ClusterPairFeatures.Compute(clusters[a], clusters[b], block, similarity, statistics, context);
            }
        }

        return new ClusterPairs(clusters, features);
    }

    /// <summary>Pairs that must join (a shared hard id) and pairs that never may (conflicting hard ids, one work).</summary>
    public static (List<(int, int)> MustLink, List<(int, int)> CannotLink) HardLinks(IReadOnlyList<MentionProfile> block)
    {
        ArgumentNullException.ThrowIfNull(block);
        var mustLink = new List<(int, int)>();
        var cannotLink = new List<(int, int)>();
        for (var i = 0; i < block.Count; i++)
        {
            for (var j = i + 1; j < block.Count; j++)
            {
                var (a, b) = (block[i], block[j]);
                if (Conflict(a, b)) cannotLink.Add((i, j));
                else if (Same(a.Orcid, b.Orcid) || Same(a.SourceAuthorId, b.SourceAuthorId) || Same(a.Email, b.Email)) mustLink.Add((i, j));
            }
        }

        return (mustLink, cannotLink);
    }

    /// <summary>
    /// True when the two mentions cannot be one person: one work, two different ORCIDs or ids of one source, or two
    /// Chinese names written in full with different given names (张雁 and 张一婧, Li Qian and Li Qingyan: the name keys
    /// already fold order, hyphens and romanization, so what still differs is another name, not another spelling), or two
    /// names in Chinese characters that differ in a character (张磊 and 张蕾).
    /// </summary>
    public static bool Conflict(MentionProfile a, MentionProfile b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return DifferentChineseNames(a, b) || HardIdConflict(a, b);
    }

    /// <summary>
    /// The conflicts of ids alone (one work, two ORCIDs, two ids of one source): what the model's training pairs leave
    /// out. Pairs of different Chinese names stay in training, so the model still learns what a different given name
    /// weighs where the rule does not apply (Latin names).
    /// </summary>
    public static bool HardIdConflict(MentionProfile a, MentionProfile b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return (a.WorkId is { } wa && wa == b.WorkId)
            || Different(a.Orcid, b.Orcid)
            || (Different(a.SourceAuthorId, b.SourceAuthorId) && SourceOf(a.SourceAuthorId!) == SourceOf(b.SourceAuthorId!));
    }

    /// <summary>Both read as Chinese names, both with the given name in full, and the full names differ.</summary>
    public static bool DifferentChineseNames(MentionProfile a, MentionProfile b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.HanScript && b.HanScript) return !string.Equals(HanName(a), HanName(b), StringComparison.Ordinal);
        return a.Chinese && b.Chinese && a.FullKey is { } fa && b.FullKey is { } fb && !string.Equals(fa, fb, StringComparison.Ordinal);
    }

    /// <summary>
    /// A name in Chinese characters as written, without spaces or dots: 张磊 and 张蕾 read alike (Zhang Lei) but are two
    /// names, which only the characters tell apart.
    /// </summary>
    public static string HanName(MentionProfile mention)
    {
        ArgumentNullException.ThrowIfNull(mention);
        return string.Concat(mention.Name.Where(c => !char.IsWhiteSpace(c) && c is not ('·' or '.' or '・')));
    }

    /// <summary>"src:openalex" of "src:openalex:A123": ids of different sources never conflict.</summary>
    internal static string SourceOf(string id) => id[..Math.Max(0, id.LastIndexOf(':'))];

    private static bool Same(string? a, string? b) => a is not null && b is not null && string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    private static bool Different(string? a, string? b) => a is not null && b is not null && !string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    private static int[] Renumber(int[] labels)
    {
        var numbers = new Dictionary<int, int>();
        return labels.Select(l => numbers.TryGetValue(l, out var n) ? n : numbers[l] = numbers.Count).ToArray();
    }
}

/// <summary>Curator constraints on a block's mentions (indices): pairs that must be one person, pairs that never may.</summary>
public sealed record BlockConstraints(IReadOnlyList<(int A, int B)> MustLink, IReadOnlyList<(int A, int B)> CannotLink)
{
    public static readonly BlockConstraints None = new([], []);
}

/// <summary>First-stage clusters of a block and the features of their pairs (null where a hard conflict forbids the pair).</summary>
public sealed record ClusterPairs(IReadOnlyList<ClusterProfile> Clusters, IReadOnlyList<float[]?> Features);
