using ExpertGraph.Resolution.Features;
using ExpertGraph.Resolution.Gold;

namespace ExpertGraph.Resolution.Evaluation;

/// <summary>One name block of a gold set, on one side of the split, with its mentions' gold persons and groups.</summary>
public sealed record GoldBlock(string Set, string Key, bool HeldOut, IReadOnlyList<MentionProfile> Profiles, IReadOnlyList<string> Gold,
    IReadOnlyList<string> Groups, CorpusStatistics Statistics);

/// <summary>A labelled pair with both mentions profiled.</summary>
public sealed record ProfiledPair(string Set, MentionProfile First, MentionProfile Second, bool SamePerson, bool Test, CorpusStatistics Statistics);

/// <summary>
/// Gold sets read into what training and evaluation work on: profiles, name blocks made by the resolver's own blocking
/// key, separately on each side of the split (so that a held-out block holds only held-out names), each with the corpus
/// statistics of its own mentions (as the resolver has them at ingest; no labels are used), and labelled pairs with
/// their set's statistics.
/// </summary>
public sealed class PreparedGold
{
    private PreparedGold(IReadOnlyList<GoldSet> sets, IReadOnlyList<GoldBlock> blocks, IReadOnlyList<ProfiledPair> pairs)
    {
        Sets = sets;
        Blocks = blocks;
        Pairs = pairs;
    }

    public IReadOnlyList<GoldSet> Sets { get; }

    public IReadOnlyList<GoldBlock> Blocks { get; }

    public IReadOnlyList<ProfiledPair> Pairs { get; }

    public static PreparedGold Prepare(IReadOnlyList<GoldSet> sets, MentionProfiler profiler)
    {
        ArgumentNullException.ThrowIfNull(sets);
        ArgumentNullException.ThrowIfNull(profiler);
        var blocks = new List<GoldBlock>();
        var pairs = new List<ProfiledPair>();
        foreach (var set in sets.OrderBy(s => s.Name, StringComparer.Ordinal))
        {
            var profiles = set.Mentions.Select(m => profiler.Profile(m.Signature)).ToArray();
            var pairProfiles = set.Pairs.Select(p => (profiler.Profile(p.First), profiler.Profile(p.Second))).ToArray();
            // Pairs come without a block: their statistics are the set's (all its mentions and pairs).
            var statistics = CorpusStatistics.Of(profiles.Concat(pairProfiles.SelectMany(p => new[] { p.Item1, p.Item2 })));

            // Ordinal order of "side|key": the same blocks in the same order on every machine and culture.
            var byBlock = new SortedDictionary<string, List<int>>(StringComparer.Ordinal);
            for (var i = 0; i < profiles.Length; i++)
            {
                var heldOut = GoldSplit.IsHeldOut(set.Mentions[i].Group);
                var key = profiles[i].BlockingKey.Length > 0 ? profiles[i].BlockingKey : "#" + profiles[i].Id;
                var sideKey = (heldOut ? "1|" : "0|") + key;
                if (!byBlock.TryGetValue(sideKey, out var members)) byBlock[sideKey] = members = [];
                members.Add(i);
            }

            foreach (var (sideKey, members) in byBlock)
            {
                var blockProfiles = members.Select(i => profiles[i]).ToArray();
                blocks.Add(new GoldBlock(set.Name, sideKey[2..], sideKey[0] == '1', blockProfiles,
                    members.Select(i => set.Mentions[i].Person).ToArray(), members.Select(i => set.Mentions[i].Group).ToArray(),
                    CorpusStatistics.Of(blockProfiles)));
            }

            for (var i = 0; i < set.Pairs.Count; i++)
                pairs.Add(new ProfiledPair(set.Name, pairProfiles[i].Item1, pairProfiles[i].Item2, set.Pairs[i].SamePerson, set.Pairs[i].Test, statistics));
        }

        return new PreparedGold(sets, blocks, pairs);
    }
}
