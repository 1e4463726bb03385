using ExpertGraph.Core.Model;
using ExpertGraph.Core.Names;
using ExpertGraph.Ingestion.Normalization;
using ExpertGraph.Ingestion.Pipeline;
using ExpertGraph.Ingestion.Reading;
using ExpertGraph.Ingestion.Resolution;
using ExpertGraph.Integration.Tests.Support;
using ExpertGraph.Resolution.Model;
using ExpertGraph.Search.Indexing;
using ExpertGraph.Storage.Sqlite;
using ExpertGraph.Tests.Shared;

namespace ExpertGraph.Integration.Tests.Resolution;

/// <summary>
/// The model resolver's block cache, on real records: a run that must let blocks go (a limit of a few mentions) decides
/// as one that keeps every block, since an evicted block is read again from the store as the cache held it.
/// </summary>
[TestFixture]
public sealed class ModelResolverCacheTests
{
    private static readonly Lazy<(ResolutionModel Model, PersonNameKeys Names)> Shipped = new(() => (ResolutionModel.Load(), PersonNameKeys.Load()));

    /// <summary>The three files hold 3,774 mentions.</summary>
    private const int MentionsAtLeast = 3_000;

    [Test]
    public async Task A_run_that_evicts_blocks_resolves_every_mention_as_a_run_that_keeps_them()
    {
        // 200 OpenAlex works (several authors each), a DBLP sample (many names sharing a block: "Zhang, W."-like keys) and
        // an NSFC grant list (Chinese names).
        string[] inputs =
        [
            SharedData.Path("records/openalex-works-json/works_biodiversity_finance_200.jsonl"),
            SharedData.Path("records/dblp-xml-sample/dblp-sample.xml"),
            SharedData.Path("records/nsfc-china-grants/19_21/C01/C0102.csv"),
        ];
        using var temp = new TempDataFolder();

        var (kept, keptResolver) = await Ingest(Path.Combine(temp.Root, "kept"), inputs, ModelAuthorResolver.MaxCachedMentions);
        var (evicted, evictingResolver) = await Ingest(Path.Combine(temp.Root, "evicted"), inputs, maxCachedMentions: 8);

        Assert.That(keptResolver.Evictions, Is.Zero);
        Assert.That(evictingResolver.Evictions, Is.GreaterThan(10), "the small limit made the run let blocks go, again and again");
        Assert.That(evicted.Count, Is.EqualTo(kept.Count).And.GreaterThan(MentionsAtLeast));
        Assert.That(evicted, Is.EqualTo(kept));
    }

    /// <summary>Each mention ("source:id#position") with its person's first mention: ids aside, who is with whom.</summary>
    private static async Task<(Dictionary<string, string> Persons, ModelAuthorResolver Resolver)> Ingest(string folder, string[] inputs, int maxCachedMentions)
    {
        Directory.CreateDirectory(folder);
        var (model, names) = Shipped.Value;
        var resolver = new ModelAuthorResolver(model, names, tagger: null, maxCachedMentions);
        using var store = SqliteExpertStore.Open(Path.Combine(folder, "store.db"));
        using (var index = new LuceneIndexWriter(Path.Combine(folder, "index")))
        {
            var pipeline = new IngestionPipeline(store, index, new FormatDetector(RecordReaders.CreateDefault()),
                new WorkNormalizer(new CountryResolver()), resolver, TimeProvider.System);
            await pipeline.RunAsync(InputFiles.Expand(inputs), new IngestionOptions { BatchSize = 25 }, null, CancellationToken.None);
        }

        var mentions = new List<(string Mention, PersonId Person)>();
        foreach (var work in store.ReadWorks(CancellationToken.None))
        {
            foreach (var m in store.GetWorkMentions(work.Id)) mentions.Add((m.Reference, m.Person));
        }

        var first = mentions.GroupBy(m => m.Person).ToDictionary(g => g.Key, g => g.Select(m => m.Mention).Min(StringComparer.Ordinal)!);
        return (mentions.ToDictionary(m => m.Mention, m => first[m.Person]), resolver);
    }
}
