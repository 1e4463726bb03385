using ExpertGraph.Resolution.Features;
using ExpertGraph.Resolution.Model;

namespace ExpertGraph.Resolution.Clustering;

/// <summary>Linkage and threshold of the clustering step, chosen on training data (see <c>ResolutionTrainer</c>).</summary>
public sealed record ClusteringSettings(Linkage Linkage, double Threshold);

/// <summary>
/// Resolves one name block from scratch: hard links first (the same ORCID, e-mail or source author id join; two ORCIDs or
/// two ids of one source that differ, or two mentions of one work, never join), then the pairwise model's
/// probabilities clustered bottom-up.
/// </summary>
public sealed class BlockClusterer(PairwiseModel model, ClusteringSettings settings)
{
    public ClusteringSettings Settings => settings;

    /// <summary>Cluster labels per profile (0..k-1).</summary>
    public int[] Cluster(IReadOnlyList<MentionProfile> block, CorpusStatistics statistics) =>
        Cluster(block, Similarities(block, statistics), settings);

    /// <summary>The block's pairwise probabilities, row-major; hard-linked pairs are 1, forbidden pairs 0.</summary>
    public float[] Similarities(IReadOnlyList<MentionProfile> block, CorpusStatistics statistics)
    {
        ArgumentNullException.ThrowIfNull(block);
        var n = block.Count;
        var similarity = new float[n * n];
        var features = new float[PairFeatures.Count];
        for (var i = 0; i < n; i++)
        {
            for (var j = i + 1; j < n; j++)
            {
                PairFeatures.Compute(block[i], block[j], statistics, features);
                similarity[i * n + j] = similarity[j * n + i] = model.Probability(features);
            }
        }

        return similarity;
    }

    /// <summary>Clusters precomputed similarities (so that several settings can be tried on one matrix).</summary>
    public static int[] Cluster(IReadOnlyList<MentionProfile> block, float[] similarity, ClusteringSettings settings)
    {
        ArgumentNullException.ThrowIfNull(block);
        ArgumentNullException.ThrowIfNull(settings);
        var (mustLink, cannotLink) = HardLinks(block);
        return AgglomerativeClustering.Cluster(block.Count, similarity, settings.Linkage, settings.Threshold, cannotLink, mustLink);
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

    /// <summary>True when the two mentions cannot be one person: one work, or two different ORCIDs or source author ids.</summary>
    public static bool Conflict(MentionProfile a, MentionProfile b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return (a.Signature.WorkId is { } wa && wa == b.Signature.WorkId)
            || Different(a.Orcid, b.Orcid)
            || (Different(a.SourceAuthorId, b.SourceAuthorId) && SourceOf(a.SourceAuthorId!) == SourceOf(b.SourceAuthorId!));
    }

    /// <summary>"src:openalex" of "src:openalex:A123": ids of different sources never conflict.</summary>
    private static string SourceOf(string id) => id[..Math.Max(0, id.LastIndexOf(':'))];

    private static bool Same(string? a, string? b) => a is not null && b is not null && string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    private static bool Different(string? a, string? b) => a is not null && b is not null && !string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
