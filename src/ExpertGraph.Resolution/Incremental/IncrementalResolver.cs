using ExpertGraph.Resolution.Clustering;
using ExpertGraph.Resolution.Features;
using ExpertGraph.Resolution.Model;

namespace ExpertGraph.Resolution.Incremental;

/// <summary>
/// Where a mention goes: the person it joins (null: it starts a new person), the probability that decided (1 for a hard
/// link), how many persons were weighed and how many mentions were compared.
/// </summary>
public sealed record Decision(BlockPerson? Person, float Probability, int Candidates, int Compared, bool HardLink = false);

/// <summary>Where a mention went: the person (existing or new), whether it was new, and the probability that decided.</summary>
public sealed record Assignment(BlockPerson Person, bool NewPerson, float Probability, int Candidates);

/// <summary>
/// Resolves mentions one at a time into the persons of their block, without re-clustering the block:
/// <list type="number">
/// <item>a person holding the mention's ORCID, source id or e-mail takes it (unless it already has the work, or another
/// ORCID);</item>
/// <item>otherwise the mention is compared with the block's mentions — all of them in a block of up to
/// <see cref="ExhaustiveBlock"/>, else those sharing a co-author, the institution, the venue or the full name (the most
/// recent <see cref="CandidatesPerKey"/> of each) — and joins the person the batch clustering would have joined it to:
/// the first stage's linkage over the compared members reaches its threshold, or, failing that, the cluster model
/// comparing the person with the mention (a cluster of one) reaches the second stage's, among the
/// <see cref="SecondStageCandidates"/> best persons;</item>
/// <item>otherwise it starts a new person.</item>
/// </list>
/// Persons holding a hard conflict with the mention are never candidates. Batch re-resolution
/// (<see cref="BlockClusterer"/>) stays the way to redo a block after a model change.
/// </summary>
public sealed class IncrementalResolver(ResolutionModel model)
{
    public const int ExhaustiveBlock = 256;
    public const int CandidatesPerKey = 64;
    public const int SecondStageCandidates = 3;

    private readonly ClusteringSettings _settings = model.Settings;

    /// <summary>Decides and records: the mention joins its person, or a new person with <paramref name="newPersonId"/>.</summary>
    public Assignment Assign(ResolutionBlock block, MentionProfile mention, long newPersonId)
    {
        ArgumentNullException.ThrowIfNull(block);
        var decision = Decide(block, mention);
        if (decision.Person is { } person)
        {
            block.Attach(person, mention);
            return new Assignment(person, false, decision.Probability, decision.Candidates);
        }

        return new Assignment(block.AddPerson(newPersonId, [mention]), true, decision.Probability, decision.Candidates);
    }

    /// <summary>Where <paramref name="mention"/> belongs, without changing the block. Rarity weights count the block and the mention.</summary>
    public Decision Decide(ResolutionBlock block, MentionProfile mention)
    {
        ArgumentNullException.ThrowIfNull(block);
        ArgumentNullException.ThrowIfNull(mention);
        var statistics = block.Statistics.With(mention);
        if (block.HardLinked(mention) is { } linked && !linked.ConflictsWith(mention)) return new Decision(linked, 1, 1, 0, HardLink: true);

        var mentions = block.Mentions;
        IEnumerable<int> compared = mentions.Count <= ExhaustiveBlock ? Enumerable.Range(0, mentions.Count) : block.Candidates(mention, CandidatesPerKey);
        var neighbours = block.NeighboursOf(mention);
        var fragmentation = block.FragmentationWith(neighbours);
        var features = new float[PairFeatures.Count];
        var byPerson = new Dictionary<BlockPerson, List<(int Mention, float Probability)>>();
        var count = 0;
        foreach (var i in compared)
        {
            var person = block.PersonOf(i);
            if (!byPerson.TryGetValue(person, out var scored))
            {
                if (person.ConflictsWith(mention)) continue;
                byPerson[person] = scored = [];
            }

            PairFeatures.Compute(mentions[i], mention, statistics, block.NeighboursIn(i, neighbours), fragmentation, features);
            scored.Add((i, model.Pairwise.Probability(features)));
            count++;
        }

        BlockPerson? best = null;
        var bestScore = float.NegativeInfinity;
        foreach (var (person, scored) in byPerson)
        {
            var linkage = Linkage(scored);
            if (linkage >= _settings.Threshold && (linkage > bestScore || best is null || (linkage == bestScore && person.Id < best.Id)))
                (best, bestScore) = (person, linkage);
        }

        if (best is not null) return new Decision(best, bestScore, byPerson.Count, count);
        if (model.Clusters is not { } clusterModel || _settings.ClusterThreshold is not { } clusterThreshold)
            return new Decision(null, byPerson.Count == 0 ? 0 : byPerson.Values.Max(Linkage), byPerson.Count, count);

        // The second stage, for the persons the first came closest to joining.
        var single = ClusterProfile.Of([mention], [0]);
        var highest = 0f;
        foreach (var (person, scored) in byPerson.OrderByDescending(p => Linkage(p.Value)).ThenBy(p => p.Key.Id).Take(SecondStageCandidates))
        {
            var profile = person.Profile(mentions);
            var common = CommonNeighbours(block, person.Members, neighbours);
            var mean = scored.Average(s => s.Probability) * scored.Count / Math.Max(scored.Count, person.Members.Count);
            var score = clusterModel.Probability(ClusterPairFeatures.Compute(profile, single, statistics, common, fragmentation, mean, scored.Max(s => s.Probability)));
            highest = Math.Max(highest, score);
            if (score >= clusterThreshold && score > bestScore) (best, bestScore) = (person, score);
        }

        return best is null ? new Decision(null, highest, byPerson.Count, count) : new Decision(best, bestScore, byPerson.Count, count);
    }

    /// <summary><see cref="BlockContext.CommonNeighbours(IReadOnlyList{int}, IReadOnlyList{int})"/> of a person and the new mention.</summary>
    private static int CommonNeighbours(ResolutionBlock block, IReadOnlyList<int> members, HashSet<int> ofNew)
    {
        var memberSet = members.ToHashSet();
        var common = 0;
        foreach (var i in ofNew)
        {
            if (memberSet.Contains(i)) continue;
            // i neighbours the new mention; it counts when it neighbours a member too.
            if (block.HasNeighbourIn(i, memberSet)) common++;
        }

        return common;
    }

    private float Linkage(List<(int Mention, float Probability)> scored)
    {
        if (scored.Count == 0) return 0;
        return _settings.Linkage switch
        {
            Clustering.Linkage.Single => scored.Max(s => s.Probability),
            Clustering.Linkage.Complete => scored.Min(s => s.Probability),
            _ => scored.Average(s => s.Probability),
        };
    }
}
