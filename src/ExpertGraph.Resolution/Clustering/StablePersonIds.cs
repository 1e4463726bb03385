namespace ExpertGraph.Resolution.Clustering;

/// <summary>What re-resolution does to person ids: the id of each new cluster, and where retired ids now lead.</summary>
/// <param name="Ids">The person id of each new cluster, in cluster order.</param>
/// <param name="Redirects">Retired id → the id of the cluster holding most of its mentions (for shortlists and audit records).</param>
public sealed record PersonIdAssignment(IReadOnlyList<long> Ids, IReadOnlyDictionary<long, long> Redirects);

/// <summary>
/// Carries person ids across a re-resolution, so that shortlists and audit records stay valid: a new cluster keeps the
/// id of an earlier person when it holds most (more than half) of that person's mentions. When one cluster holds the
/// majority of two earlier persons (a merge), it keeps the id of the one it holds more of (ties: the smaller id) and the
/// other id is retired. A cluster that inherits no id gets a new one. Every retired id is redirected to the cluster that
/// holds most of its mentions. Deterministic: the same inputs give the same ids.
/// </summary>
public static class StablePersonIds
{
    /// <param name="previous">Each mention's person before re-resolution (mentions new since then are absent).</param>
    /// <param name="clusters">The new clusters, as lists of mention ids.</param>
    /// <param name="newId">Hands out fresh ids, called once per cluster that inherits none, in cluster order.</param>
    public static PersonIdAssignment Assign(IReadOnlyDictionary<string, long> previous, IReadOnlyList<IReadOnlyList<string>> clusters, Func<long> newId)
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(clusters);
        ArgumentNullException.ThrowIfNull(newId);

        // How many of each earlier person's mentions each new cluster holds, and how many it has in all (among those re-resolved).
        var overlap = new Dictionary<long, Dictionary<int, int>>();
        var sizes = new Dictionary<long, int>();
        for (var c = 0; c < clusters.Count; c++)
        {
            foreach (var mention in clusters[c])
            {
                if (!previous.TryGetValue(mention, out var person)) continue;
                if (!overlap.TryGetValue(person, out var byCluster)) overlap[person] = byCluster = [];
                byCluster[c] = byCluster.GetValueOrDefault(c) + 1;
                sizes[person] = sizes.GetValueOrDefault(person) + 1;
            }
        }

        // Each earlier person's best cluster: the one holding most of its mentions (ties: the first cluster).
        var best = overlap.ToDictionary(p => p.Key, p => p.Value.OrderByDescending(c => c.Value).ThenBy(c => c.Key).First());
        var ids = new long?[clusters.Count];
        var held = new int[clusters.Count];
        foreach (var (person, (cluster, count)) in best.OrderBy(p => p.Key))
        {
            if (count * 2 <= sizes[person]) continue;
            if (ids[cluster] is null || count > held[cluster]) (ids[cluster], held[cluster]) = (person, count);
        }

        var result = new long[clusters.Count];
        for (var c = 0; c < clusters.Count; c++) result[c] = ids[c] ?? newId();
        var kept = new HashSet<long>(ids.OfType<long>());
        var redirects = best.Where(p => !kept.Contains(p.Key)).OrderBy(p => p.Key).ToDictionary(p => p.Key, p => result[p.Value.Key]);
        return new PersonIdAssignment(result, redirects);
    }
}
