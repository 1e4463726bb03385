using System.Globalization;
using ExpertGraph.Core.Model;
using ExpertGraph.Resolution.Features;
using ExpertGraph.Resolution.Incremental;
using ExpertGraph.Storage.Sqlite;

namespace ExpertGraph.Benchmarks.Resolution;

/// <summary>
/// <c>resolution-memory &lt;store.db&gt; [max mentions]</c>: what the model resolver's block cache costs per mention. Loads
/// name blocks from an ingested store's stored profiles, largest first, until max mentions (default 500,000), and prints
/// the managed heap after a full collection at three points: nothing loaded, the decoded profiles held in a list (with
/// their shared strings), and the same profiles in <see cref="ResolutionBlock"/>s with their indexes and persons.
/// </summary>
internal static class ResolutionMemoryCommand
{
    public static int Run(string[] args)
    {
        var path = args[0];
        var maxMentions = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 500_000;
        using var store = SqliteExpertStore.Open(path);
        var blocks = store.GetBlocks().OrderByDescending(b => b.Mentions).ThenBy(b => b.BlockKey, StringComparer.Ordinal).ToList();
        var pool = new StringPool();
        var tokens = new TokenTable();
        var loaded = new List<(string Key, List<(PersonId Person, MentionProfile Profile)> Mentions)>();
        var before = Heap();
        var mentions = 0;
        using (var session = store.BeginWrite())
        {
            foreach (var (key, size) in blocks)
            {
                if (mentions + size > maxMentions) continue;
                var rows = session.GetBlockProfiles(key);
                var lexicon = rows.Select(r => MentionProfileCodec.VersionsOf(r.Profile)).FirstOrDefault(v => v is not null)?.Lexicon ?? 0;
                var list = new List<(PersonId, MentionProfile)>(rows.Count);
                foreach (var row in rows)
                {
                    var (id, work) = ExpertGraph.Ingestion.Resolution.StoredMentionSignatures.IdOf(row.Work, row.Position);
                    var profile = MentionProfileCodec.TryDecode(row.Profile, lexicon, id, row.RawName, work, pool, tokens)
                        ?? throw new InvalidOperationException($"mention {work}#{row.Position} of block {key} has no stored profile: ingest with the model resolver first");
                    list.Add((row.Person, profile));
                }

                loaded.Add((key, list));
                mentions += rows.Count;
            }
        }

        var profiles = Heap();
        var built = new List<ResolutionBlock>(loaded.Count);
        foreach (var (_, list) in loaded)
        {
            var block = new ResolutionBlock();
            foreach (var group in list.GroupBy(m => m.Person)) block.AddPerson(group.Key.Value, group.Select(m => m.Profile));
            built.Add(block);
        }

        var withBlocks = Heap();
        if (args.Contains("--census")) Census(built);
        Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"MEMORY blocks={loaded.Count} mentions={mentions} strings={pool.Count} tokens={tokens.Count} profiles_bytes_per_mention={(profiles - before) / (double)mentions:F0} block_bytes_per_mention={(withBlocks - profiles) / (double)mentions:F0}"));
        GC.KeepAlive(loaded);
        GC.KeepAlive(built);
        return 0;
    }

    /// <summary>How many entries the blocks' indexes hold (read by reflection: a measuring aid, not an API).</summary>
    private static void Census(List<ResolutionBlock> blocks)
    {
        const System.Reflection.BindingFlags Private = System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance;
        long coauthorKeys = 0, coauthorLists = 0, persons = 0, statistics = 0;
        foreach (var block in blocks)
        {
            var byCoauthor = (MentionPostings<int>)typeof(ResolutionBlock).GetField("_byCoauthor", Private)!.GetValue(block)!;
            coauthorKeys += ((System.Collections.ICollection)byCoauthor.GetType().GetField("_keys", Private)!.GetValue(byCoauthor)!).Count;
            coauthorLists += byCoauthor.Segments;
            persons += block.Persons.Count;
            foreach (var name in new[] { "_coauthors", "_titles", "_affiliations" })
                statistics += ((Dictionary<int, int>)typeof(CorpusStatistics).GetField(name, Private)!.GetValue(block.Statistics)!).Count;
        }

        Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"CENSUS coauthor_keys={coauthorKeys} coauthor_keys_with_lists={coauthorLists} persons={persons} statistics_keys={statistics}"));
    }

    private static long Heap()
    {
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        return GC.GetTotalMemory(forceFullCollection: true);
    }
}
