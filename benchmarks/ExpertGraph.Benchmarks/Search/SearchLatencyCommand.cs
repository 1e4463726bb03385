using System.Diagnostics;
using System.Globalization;
using ExpertGraph.Benchmarks.Graph;
using ExpertGraph.Benchmarks.Scale;
using ExpertGraph.Core.Model;
using ExpertGraph.Query;
using ExpertGraph.Query.Peers;
using ExpertGraph.Search.Careers;
using ExpertGraph.Search.Experts;
using ExpertGraph.Search.Indexing;
using Lucene.Net.QueryParsers.Simple;
using Lucene.Net.Search;

namespace ExpertGraph.Benchmarks.Search;

/// <summary>
/// search-latency --data DIR [--queries 500] [--peers 200] [--seed 1]
/// Opens a data folder as the CLI does (semantic index from its cache, timed), draws topic queries from the works'
/// own titles (two adjacent words of a random work's title, seeded) and persons for peers, then times, each query alone
/// after a warm-up pass: a plain Lucene search of the works index for the same words (top 10 documents, stored fields
/// read: the reference cost), the expert search (top 20 experts, lexicon expansion on), the same with a scout's filters
/// (stage and activity, read from the person facts, whose load is timed too) and peers (top 20).
/// </summary>
internal static class SearchLatencyCommand
{
    public static int Run(string[] args)
    {
        var arguments = new CommandArguments("search-latency", args);
        var data = arguments.Text("data");
        var queryCount = (int)arguments.Number("queries", 500);
        var peerCount = (int)arguments.Number("peers", 200);
        var random = new Random((int)arguments.Number("seed", 1));

        using var workspace = Workspace.Open(new DataDirectory(Path.GetFullPath(data)));
        var clock = Stopwatch.StartNew();
        var (semantic, fromCache) = workspace.LoadSemanticIndex(CancellationToken.None);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"semantic\t{(fromCache ? "cache" : "built")}\t{clock.Elapsed.TotalSeconds:F1} s\t{semantic?.WorkCount} works\t{semantic?.PersonCount} persons\t{semantic?.Space.Dimensions} dimensions\tpeak RSS {PeakMemory.PeakRssBytes() / 1e6:F0} MB"));

        clock.Restart();
        var (facts, factsFromCache) = workspace.LoadPersonFacts(CancellationToken.None);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"facts\t{(factsFromCache ? "cache" : "built")}\t{clock.Elapsed.TotalSeconds:F1} s\t{facts.PersonCount} persons\t{facts.AuthorshipCount} authorships\tpeak RSS {PeakMemory.PeakRssBytes() / 1e6:F0} MB"));

        var works = workspace.Store.Count().Works;
        var queries = DrawQueries(workspace, random, queryCount, works);
        using var searcher = workspace.OpenSearcher();
        var finder = workspace.OpenPeerFinder(TimeProvider.System);
        var persons = semantic!.PersonCount;

        using var plain = new PlainSearch(workspace.Directory.IndexPath);
        Time("lucene-top10-works", queries, query => plain.Search(query));
        Time("expert-search-top20", queries, query => searcher.Search(new ExpertQuery(query) { Limit = 20 }).Experts.Count);
        // The same without the lexicon: what expansion costs.
        Time("expert-search-top20-unexpanded", queries, query => searcher.Search(new ExpertQuery(query) { Limit = 20, Expand = false }).Experts.Count);
        // A scout's filtered query: established people still publishing, careers read for every candidate.
        Time("expert-search-top20-filtered", queries, query => searcher.Search(new ExpertQuery(query)
        {
            Limit = 20,
            Stages = [CareerStage.ChiefScientist, CareerStage.AcademicLeader],
            ActiveSince = TimeProvider.System.GetUtcNow().Year - 10,
        }).Experts.Count);
        var people = Enumerable.Range(0, peerCount).Select(_ => DrawPerson(workspace, random, works)).ToList();
        Time("peers-top20", people, person => finder.Find(new PeerQuery(person) { K = 20 }).Peers.Count);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"done\t{queries.Count} queries\t{people.Count} persons of {persons}\tpeak RSS {PeakMemory.PeakRssBytes() / 1e6:F0} MB"));
        return 0;
    }

    private static void Time<T>(string measure, IReadOnlyList<T> inputs, Func<T, int> run)
    {
        var found = 0;
        foreach (var input in inputs) run(input);
        var ticks = new long[inputs.Count];
        for (var i = 0; i < inputs.Count; i++)
        {
            var start = Stopwatch.GetTimestamp();
            if (run(inputs[i]) > 0) found++;
            ticks[i] = Stopwatch.GetTimestamp() - start;
        }

        Console.WriteLine(LatencySummary.FromTicks(ticks, found).ResultLine("expertgraph", measure));
    }

    internal static List<string> DrawQueries(Workspace workspace, Random random, int count, long works)
    {
        var queries = new List<string>(count);
        while (queries.Count < count)
        {
            var title = workspace.Store.GetWorks([new WorkId(random.NextInt64(1, works + 1))]).FirstOrDefault()?.Work.Title;
            var words = (title ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length > 3 && w.All(char.IsLetter)).ToList();
            if (words.Count < 2) continue;
            var at = random.Next(words.Count - 1);
            queries.Add(words[at] + " " + words[at + 1]);
        }

        return queries;
    }

    private static PersonId DrawPerson(Workspace workspace, Random random, long works)
    {
        while (true)
        {
            var work = workspace.Store.GetWorks([new WorkId(random.NextInt64(1, works + 1))]).FirstOrDefault();
            if (work is { Persons.Count: > 0 }) return work.Persons[random.Next(work.Persons.Count)];
        }
    }

    /// <summary>The reference: the words searched as typed over the topic fields, top 10 documents with their stored fields.</summary>
    private sealed class PlainSearch(string indexFolder) : IDisposable
    {
        private readonly CommittedIndex _index = CommittedIndex.Open(Path.Combine(indexFolder, "works"), "works");
        private readonly SimpleQueryParser _parser = new(IndexAnalyzers.Create(), new Dictionary<string, float>(IndexFields.TopicFields));

        public int Search(string text)
        {
            var hits = _index.Searcher.Search(_parser.Parse(text), 10).ScoreDocs;
            foreach (var hit in hits) _index.Searcher.Doc(hit.Doc);
            return hits.Length;
        }

        public void Dispose() => _index.Dispose();
    }
}
