using ExpertGraph.Resolution.Anomalies;
using ExpertGraph.Resolution.Clustering;
using ExpertGraph.Resolution.Features;
using ExpertGraph.Resolution.Model;

namespace ExpertGraph.Resolution.Batch;

/// <summary>A stored mention as re-resolution sees it: its id ("work#position"), its person now, its pin, its profile.</summary>
public sealed record StoredMention(string Id, long Person, long? Pinned, MentionProfile Profile);

/// <summary>A person of the re-resolved block: its id (negative: a new person, numbered -1, -2, … in the block), its mentions, confidence and flags.</summary>
public sealed record ReResolvedPerson(long Id, IReadOnlyList<int> Members, float Confidence, IReadOnlyList<ConflationFlag> Flags);

/// <summary>
/// What re-resolving a block decided: its persons, and for every earlier person no cluster kept, the person that holds
/// most of its mentions now (a redirect, if the earlier person has no mentions left anywhere).
/// </summary>
public sealed record BlockReResolution(IReadOnlyList<ReResolvedPerson> Persons, IReadOnlyDictionary<long, long> Successors)
{
    /// <summary>The person each mention now belongs to, by mention index.</summary>
    public long[] Targets(int mentions)
    {
        var targets = new long[mentions];
        foreach (var person in Persons)
        {
            foreach (var member in person.Members) targets[member] = person.Id;
        }

        return targets;
    }
}

/// <summary>
/// Re-resolves one stored name block from scratch with the model (<see cref="BlockClusterer"/>), after a model change or
/// to repair what incremental resolution decided. Curator decisions hold: mentions pinned on one person must stay
/// together, on different persons apart, and mentions of persons a curator separated never join. Ids carry over by
/// <see cref="StablePersonIds"/> (a cluster keeps the id of the person it holds most of), and a cluster holding a pinned
/// mention takes its pinned person's id. Each person gets a confidence (<see cref="ConflationDetector.Confidence"/>) and
/// conflation flags (<see cref="ConflationDetector.Inspect"/>).
/// </summary>
public sealed class BlockReResolver(ResolutionModel model)
{
    /// <summary>The largest block re-clustered: the batch clusterer holds an n×n matrix (a 2,000-mention block is 16 MB).</summary>
    public const int MaxBlock = 2_000;

    private readonly BlockClusterer _clusterer = model.Clusterer();

    /// <param name="separations">Pairs of person ids (either order) a curator separated.</param>
    public BlockReResolution Resolve(IReadOnlyList<StoredMention> mentions, IReadOnlySet<(long, long)> separations)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        ArgumentNullException.ThrowIfNull(separations);
        if (mentions.Count > MaxBlock) throw new ArgumentException($"a block of {mentions.Count} mentions is over {MaxBlock}", nameof(mentions));
        var profiles = mentions.Select(m => m.Profile).ToList();
        var labels = _clusterer.Cluster(profiles, CorpusStatistics.Of(profiles), Constraints(mentions, separations), out var similarity);
        var clusters = labels.Length == 0 ? 0 : labels.Max() + 1;
        var members = Enumerable.Range(0, clusters).Select(_ => new List<int>()).ToList();
        for (var i = 0; i < labels.Length; i++) members[labels[i]].Add(i);

        var fresh = 0L;
        var assigned = StablePersonIds.Assign(
            mentions.ToDictionary(m => m.Id, m => m.Person, StringComparer.Ordinal),
            [.. members.Select(m => (IReadOnlyList<string>)[.. m.Select(i => mentions[i].Id)])],
            () => --fresh);
        var ids = assigned.Ids.ToArray();
        // Pins win: a cluster holding a pinned mention is its pinned person (must- and cannot-links keep one pin per cluster).
        for (var c = 0; c < clusters; c++)
        {
            if (members[c].Select(i => mentions[i].Pinned).FirstOrDefault(p => p is not null) is not { } pinned || ids[c] == pinned) continue;
            for (var other = 0; other < clusters; other++)
            {
                if (ids[other] == pinned) ids[other] = --fresh;
            }

            ids[c] = pinned;
        }

        var confidence = ConflationDetector.Confidence(labels, similarity);
        var persons = Enumerable.Range(0, clusters)
            .Select(c => new ReResolvedPerson(ids[c], members[c], confidence[c], ConflationDetector.Inspect([.. members[c].Select(i => profiles[i])])))
            .ToList();
        return new BlockReResolution(persons, Successors(mentions, members, ids));
    }

    private static BlockConstraints Constraints(IReadOnlyList<StoredMention> mentions, IReadOnlySet<(long, long)> separations)
    {
        var must = new List<(int, int)>();
        var cannot = new List<(int, int)>();
        var firstPinned = new Dictionary<long, int>();
        for (var i = 0; i < mentions.Count; i++)
        {
            if (mentions[i].Pinned is not { } pinned) continue;
            if (firstPinned.TryGetValue(pinned, out var first)) must.Add((first, i));
            else firstPinned[pinned] = i;
        }

        var pins = firstPinned.ToList();
        for (var a = 0; a < pins.Count; a++)
        {
            for (var b = a + 1; b < pins.Count; b++) cannot.Add((pins[a].Value, pins[b].Value));
        }

        if (separations.Count > 0)
        {
            for (var i = 0; i < mentions.Count; i++)
            {
                for (var j = i + 1; j < mentions.Count; j++)
                {
                    var (a, b) = (mentions[i].Person, mentions[j].Person);
                    if (a != b && (separations.Contains((a, b)) || separations.Contains((b, a)))) cannot.Add((i, j));
                }
            }
        }

        return new BlockConstraints(must, cannot);
    }

    /// <summary>Each earlier person no cluster kept → the id of the cluster holding most of its mentions (ties: the first cluster).</summary>
    private static Dictionary<long, long> Successors(IReadOnlyList<StoredMention> mentions, List<List<int>> members, long[] ids)
    {
        var kept = ids.ToHashSet();
        var successors = new Dictionary<long, long>();
        foreach (var group in Enumerable.Range(0, members.Count)
                     .SelectMany(c => members[c].Select(i => (Person: mentions[i].Person, Cluster: c)))
                     .GroupBy(x => x.Person)
                     .Where(g => !kept.Contains(g.Key))
                     .OrderBy(g => g.Key))
        {
            var best = group.GroupBy(x => x.Cluster).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;
            successors[group.Key] = ids[best];
        }

        return successors;
    }
}
