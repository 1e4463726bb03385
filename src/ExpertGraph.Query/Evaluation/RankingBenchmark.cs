using System.Globalization;
using ExpertGraph.Core.Model;
using ExpertGraph.Ingestion.Benchmarks;
using ExpertGraph.Ingestion.Pipeline;
using ExpertGraph.Query.Peers;
using ExpertGraph.Search.Evaluation;
using ExpertGraph.Search.Experts;
using ExpertGraph.Search.Ranking;
using ExpertGraph.Search.Semantic;

namespace ExpertGraph.Query.Evaluation;

/// <summary>
/// Runs the expert-finding benchmark through the product: ingests the benchmark's corpus into a data folder of its own
/// (its reader, the pipeline, the index, the semantic index), then asks the searcher as a user would. Protocol of
/// Brochier et al. 2020 (brochier/expert_finding): every labelled document is a query, as a whole document (it stays
/// in the corpus); only the benchmark's candidates are ranked; a candidate is relevant when it carries any of the
/// document's topics. Also asks each topic's name as a keyword query.
/// </summary>
public static class RankingBenchmark
{
    /// <param name="dataFolder">An empty or absent folder for the benchmark's workspace (ingesting again into it is a no-op).</param>
    /// <param name="semantic">Whether ranking uses the semantic index (false: the matching works' relevance alone, for comparison).</param>
    /// <param name="semanticOptions">How the semantic space is fitted; null: the product's defaults (and its cached index).</param>
    /// <param name="saveModelFolder">Where to save a learned scorer trained on every document query (null: none saved).</param>
    /// <param name="learned">Also score the learned (LambdaRank) scorer, trained and tested across topics (<see cref="CrossValidateLearned"/>).</param>
    public static async Task<RankingBenchmarkReport> RunAsync(
        ExpertFindingBenchmark benchmark, string dataFolder, string? lexiconFolder, bool semantic, SemanticSpaceOptions? semanticOptions, CancellationToken cancellationToken,
        bool learned = false, string? saveModelFolder = null)
    {
        ArgumentNullException.ThrowIfNull(benchmark);
        using var workspace = Workspace.Open(new DataDirectory(Path.GetFullPath(dataFolder)), lexiconFolder);
        // The benchmark's authors are anonymous ids, each one person: the exact-key resolver keeps every id apart.
        await workspace.IngestAsync(
            [Path.Combine(benchmark.Folder, ExpertFindingBenchmark.DocumentsFile)],
            new IngestionOptions { Resolver = ResolverKind.Exact },
            progress: null,
            cancellationToken).ConfigureAwait(false);

        var (texts, authorOfPerson) = ReadCorpus(workspace, cancellationToken);
        var index = semantic ? workspace.LoadSemanticIndex(cancellationToken, semanticOptions).Index : null;
        using var searcher = new ExpertSearcher(
            workspace.Directory.IndexPath, workspace.Store, expander: workspace.CreateExpander(), semantic: index, facts: workspace.LoadPersonFacts(cancellationToken).Facts);

        var documents = new List<RankingQueryResult>();
        var evidence = new List<QueryEvidence>();
        foreach (var document in benchmark.QueryDocuments)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var topics = benchmark.DocumentTopics.GetValueOrDefault(document)
                ?? throw new InvalidDataException($"query document {document} has no topic in doc_labels.tsv");
            var text = texts.GetValueOrDefault(document)
                ?? throw new InvalidDataException($"query document {document} is not in {ExpertFindingBenchmark.DocumentsFile}");
            var result = searcher.Search(new ExpertQuery(text) { IsDocument = true, Limit = ExpertLimit, TopWorksPerExpert = 0 });
            documents.Add(new RankingQueryResult(document.ToString(CultureInfo.InvariantCulture), topics, Score(benchmark, result, authorOfPerson, topics)));
            evidence.Add(new QueryEvidence(document, topics, EvidenceOf(result, authorOfPerson)));
        }

        var topicQueries = new List<RankingQueryResult>();
        foreach (var topic in benchmark.Topics)
        {
            var text = topic.Replace('_', ' ');
            var result = searcher.Search(new ExpertQuery(text) { Limit = ExpertLimit, TopWorksPerExpert = 0 });
            var topics = new HashSet<string>(StringComparer.Ordinal) { topic };
            topicQueries.Add(new RankingQueryResult(text, topics, Score(benchmark, result, authorOfPerson, topics)));
        }

        if (saveModelFolder is not null)
        {
            using var all = LearnedScorer.Train(TrainingRows(benchmark, evidence));
            all.Save(saveModelFolder);
        }

        return new RankingBenchmarkReport(
            searcher.Scorer.Name, index?.Space.Dimensions, texts.Count, authorOfPerson.Count, documents, topicQueries)
        {
            Learned = learned ? CrossValidateLearned(benchmark, evidence) : [],
            Peers = index is null ? [] : ScorePeers(benchmark, new PeerFinder(index, workspace.Store, graph: null), authorOfPerson, matchLevel: true),
            PeersAnyLevel = index is null ? [] : ScorePeers(benchmark, new PeerFinder(index, workspace.Store, graph: null), authorOfPerson, matchLevel: false),
        };
    }

    /// <summary>The evidence of every candidate a document query returned, by benchmark author.</summary>
    public sealed record QueryEvidence(long Document, IReadOnlySet<string> Topics, Dictionary<long, ExpertEvidence> ByAuthor);

    private static Dictionary<long, ExpertEvidence> EvidenceOf(ExpertSearchResult result, Dictionary<long, long> authorOfPerson)
    {
        var byAuthor = new Dictionary<long, ExpertEvidence>();
        foreach (var hit in result.Experts)
            if (hit.Evidence is { } evidence && authorOfPerson.TryGetValue(hit.Person.Id.Value, out var author)) byAuthor[author] = evidence;
        return byAuthor;
    }

    /// <summary>
    /// The learned scorer, scored without ever seeing a test query's topic: for each topic in turn, a model trained on the
    /// queries that do not carry it scores the queries whose first topic it is (leave one topic out). Only the
    /// benchmark's candidates are training rows.
    /// </summary>
    private static List<RankingQueryResult> CrossValidateLearned(ExpertFindingBenchmark benchmark, List<QueryEvidence> queries)
    {
        var results = new Dictionary<long, RankingQueryResult>();
        foreach (var topic in benchmark.Topics)
        {
            var test = queries.Where(q => q.Topics.Order(StringComparer.Ordinal).First() == topic).ToList();
            if (test.Count == 0) continue;
            using var scorer = LearnedScorer.Train(TrainingRows(benchmark, queries.Where(q => !q.Topics.Contains(topic))));
            foreach (var query in test)
            {
                var scores = benchmark.Candidates
                    .Select(candidate => query.ByAuthor.TryGetValue(candidate, out var evidence) ? scorer.Score(evidence) : double.NegativeInfinity)
                    .ToList();
                var relevant = benchmark.Candidates.Select(candidate => benchmark.IsRelevant(candidate, query.Topics)).ToList();
                results[query.Document] = new RankingQueryResult(query.Document.ToString(CultureInfo.InvariantCulture), query.Topics, RankingMetrics.Of(scores, relevant));
            }
        }

        return [.. queries.Select(q => results[q.Document])];
    }

    /// <summary>Training rows of the learned scorer: every candidate a query returned, relevant or not, query by query.</summary>
    public static IEnumerable<(int Query, bool Relevant, ExpertEvidence Evidence)> TrainingRows(ExpertFindingBenchmark benchmark, IEnumerable<QueryEvidence> queries) =>
        queries.SelectMany((query, i) => benchmark.Candidates
            .Where(query.ByAuthor.ContainsKey)
            .Select(candidate => (i, benchmark.IsRelevant(candidate, query.Topics), query.ByAuthor[candidate])));

    /// <summary>
    /// Each labelled expert's peers among the benchmark's candidates: precision at 10 is the share of the first ten that
    /// carry one of the expert's topics (fewer than ten found count as misses).
    /// </summary>
    private static IReadOnlyList<PeerPrecision> ScorePeers(ExpertFindingBenchmark benchmark, PeerFinder finder, Dictionary<long, long> authorOfPerson, bool matchLevel)
    {
        var personOfAuthor = authorOfPerson.ToDictionary(pair => pair.Value, pair => pair.Key);
        var candidates = benchmark.Candidates.ToHashSet();
        var results = new List<PeerPrecision>();
        foreach (var (expert, topics) in benchmark.ExpertTopics.OrderBy(pair => pair.Key))
        {
            if (!personOfAuthor.TryGetValue(expert, out var person)) continue;
            var found = finder.Find(new PeerQuery(new PersonId(person)) { K = 1000, MatchLevel = matchLevel, FieldSize = Math.Max(2, authorOfPerson.Count - 1) });
            var top = found.Peers
                .Select(peer => authorOfPerson[peer.Person.Id.Value])
                .Where(candidates.Contains)
                .Take(PeerDepth)
                .ToList();
            results.Add(new PeerPrecision(expert, top.Count(peer => benchmark.IsRelevant(peer, topics)) / (double)PeerDepth));
        }

        return results;
    }

    private const int PeerDepth = 10;

    /// <summary>Every person is returned: a candidate the search does not return at all ranks below all that it does.</summary>
    private const int ExpertLimit = 1000;

    private static RankingMetrics Score(ExpertFindingBenchmark benchmark, ExpertSearchResult result, Dictionary<long, long> authorOfPerson, IReadOnlySet<string> topics)
    {
        var scores = new Dictionary<long, double>();
        foreach (var hit in result.Experts)
            if (authorOfPerson.TryGetValue(hit.Person.Id.Value, out var author)) scores[author] = hit.Score;
        return RankingMetrics.Of(
            [.. benchmark.Candidates.Select(candidate => scores.TryGetValue(candidate, out var score) ? score : double.NegativeInfinity)],
            [.. benchmark.Candidates.Select(candidate => benchmark.IsRelevant(candidate, topics))]);
    }

    /// <summary>Each document's text by its benchmark number, and the benchmark author each person stands for (by their mentions' source ids).</summary>
    private static (Dictionary<long, string> Texts, Dictionary<long, long> AuthorOfPerson) ReadCorpus(Workspace workspace, CancellationToken cancellationToken)
    {
        var texts = new Dictionary<long, string>();
        var authorOfPerson = new Dictionary<long, long>();
        foreach (var stored in workspace.Store.ReadWorks(cancellationToken))
        {
            if (stored.Work.Key.Source != ExpertFindingCorpusReader.Source) continue;
            texts[long.Parse(stored.Work.Key.Id, CultureInfo.InvariantCulture)] = stored.Work.Title;
            foreach (var mention in workspace.Store.GetWorkMentions(stored.Id))
            {
                var author = ExpertFindingCorpusReader.AuthorOf(mention.RawName);
                if (authorOfPerson.TryGetValue(mention.Person.Value, out var known) && known != author)
                    throw new InvalidDataException($"person {mention.Person} holds mentions of benchmark authors {known} and {author}: the corpus was resolved wrongly");
                authorOfPerson[mention.Person.Value] = author;
            }
        }

        return (texts, authorOfPerson);
    }
}
