using System.Globalization;
using ExpertGraph.Core.Model;
using ExpertGraph.Core.Storage;
using ExpertGraph.Search.Expansion;
using ExpertGraph.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Simple;
using Lucene.Net.Search;

namespace ExpertGraph.Search.Experts;

/// <summary>
/// Finds experts for a topic: the best-matching works from the works index, aggregated to their persons by summed
/// relevance (a document-centric expert model; author-position weights, recency and priors come with ranking).
/// Thread-safe; holds one index reader, opened at construction.
/// </summary>
public sealed class ExpertSearcher : IDisposable
{
    private static readonly HashSet<string> StoredFieldsToLoad = new(StringComparer.Ordinal)
    {
        IndexFields.WorkId, IndexFields.Title, IndexFields.Year, IndexFields.Kind, IndexFields.Person,
    };

    private readonly CommittedIndex _index;
    private readonly IndexSearcher _searcher;
    private readonly IExpertStore _store;
    private readonly SimpleQueryParser _parser;
    private readonly QueryExpander? _expander;

    /// <param name="expander">Expands queries through the lexicon; null searches the text as typed.</param>
    public ExpertSearcher(string indexFolder, IExpertStore store, QueryExpander? expander = null)
    {
        _expander = expander;
        _index = CommittedIndex.Open(Path.Combine(indexFolder, "works"), "works");
        _searcher = _index.Searcher;
        _store = store;
        _parser = new SimpleQueryParser(IndexAnalyzers.Create(), new Dictionary<string, float>(IndexFields.TopicFields));
    }

    public int WorkCount => _index.Reader.NumDocs;

    public ExpertSearchResult Search(ExpertQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var problems = query.Validate();
        if (problems.Count > 0) throw new ArgumentException(string.Join("; ", problems), nameof(query));

        var expansion = query.Expand ? _expander?.Expand(query.Text) : null;
        var topic = TopicQuery(query.Text, expansion);
        if (topic is null) return new ExpertSearchResult(query, [], 0, expansion);

        var hits = _searcher.Search(topic, BuildFilter(query), query.CandidateWorks).ScoreDocs;
        var byPerson = new Dictionary<long, PersonAccumulator>();
        foreach (var hit in hits)
        {
            var document = _searcher.Doc(hit.Doc, StoredFieldsToLoad);
            var year = document.GetField(IndexFields.Year)?.GetInt32Value();
            var work = new MatchedWork(
                new WorkId(document.GetField(IndexFields.WorkId).GetInt64Value() ?? 0),
                document.Get(IndexFields.Title) ?? "",
                year,
                document.Get(IndexFields.Kind) ?? "",
                hit.Score);
            foreach (var value in (document.Get(IndexFields.Person) ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var person = long.Parse(value, CultureInfo.InvariantCulture);
                if (!byPerson.TryGetValue(person, out var accumulator))
                    byPerson[person] = accumulator = new PersonAccumulator();
                accumulator.Add(work, query.TopWorksPerExpert);
            }
        }

        var ranked = byPerson
            .OrderByDescending(pair => pair.Value.Score)
            .ThenBy(pair => pair.Key)
            .ToList();
        var experts = new List<ExpertHit>(query.Limit);
        // Persons are looked up in pages so the country filter can skip people without loading everyone.
        for (var start = 0; start < ranked.Count && experts.Count < query.Limit; start += query.Limit * 2)
        {
            var page = ranked.Skip(start).Take(query.Limit * 2).ToList();
            var persons = _store.GetPersons(page.Select(pair => new PersonId(pair.Key)).ToList())
                .ToDictionary(person => person.Id.Value);
            foreach (var (id, accumulator) in page)
            {
                if (!persons.TryGetValue(id, out var person)) continue;
                if (query.CountryCode is { } country && !string.Equals(person.CountryCode, country, StringComparison.OrdinalIgnoreCase)) continue;
                experts.Add(new ExpertHit(experts.Count + 1, person, accumulator.Score, accumulator.TopWorks, accumulator.Count));
                if (experts.Count == query.Limit) break;
            }
        }

        return new ExpertSearchResult(query, experts, hits.Length, expansion);
    }

    /// <summary>
    /// The query as typed (what the lexicon did not cover of it) plus, per expanded concept, its id in the works' concept
    /// field, its ancestors' field for named concepts (works tagged anywhere below), and its terms as phrases.
    /// </summary>
    private Query? TopicQuery(string text, QueryExpansion? expansion)
    {
        // No coordination factor: a work is not rewarded for naming one concept in several synonyms.
        var topic = new BooleanQuery(disableCoord: true);
        var typed = expansion is null || expansion.IsEmpty ? text : expansion.Remainder;
        // SimpleQueryParser never throws on user syntax: unbalanced quotes, stray operators and field syntax are
        // read as plain text, which is what "Lucene syntax must not crash the search" asks for.
        if (typed.Length > 0 && _parser.Parse(typed) is { } parsed && parsed is not BooleanQuery { Clauses.Count: 0 })
            topic.Add(parsed, Occur.SHOULD);
        foreach (var concept in expansion?.Concepts ?? [])
        {
            topic.Add(new TermQuery(new Term(IndexFields.Concept, concept.ConceptId)) { Boost = ConceptFieldBoost * concept.Boost }, Occur.SHOULD);
            if (concept.Distance == 0)
                topic.Add(new TermQuery(new Term(IndexFields.ConceptPath, concept.ConceptId)) { Boost = 0.5f * concept.Boost }, Occur.SHOULD);
            // A concept's terms are alternatives: the best-matching one counts, the others add a little.
            var terms = new DisjunctionMaxQuery(SynonymTieBreaker);
            foreach (var term in concept.Terms)
            {
                if (_parser.Parse("\"" + term.Text.Replace("\"", " ", StringComparison.Ordinal) + "\"") is not { } phrase) continue;
                if (phrase is BooleanQuery { Clauses.Count: 0 }) continue;
                phrase.Boost = term.Boost;
                terms.Add(phrase);
            }

            if (terms.Disjuncts.Count > 0) topic.Add(terms, Occur.SHOULD);
        }

        return topic.Clauses.Count == 0 ? null : topic;
    }

    /// <summary>How much the other synonyms of a concept add beside the best-matching one.</summary>
    private const float SynonymTieBreaker = 0.1f;

    /// <summary>A work tagged with a concept is strong evidence: worth a couple of title words.</summary>
    private const float ConceptFieldBoost = 2f;

    public void Dispose()
    {
        _index.Dispose();
    }

    private static Filter? BuildFilter(ExpertQuery query)
    {
        var filter = new BooleanQuery();
        if (query.Kind is { } kind)
            filter.Add(new TermQuery(new Term(IndexFields.Kind, LuceneIndexWriter.KindName(kind))), Occur.MUST);
        if (query.CountryCode is { } country)
            filter.Add(new TermQuery(new Term(IndexFields.Country, country.ToUpperInvariant())), Occur.MUST);
        return filter.Clauses.Count == 0 ? null : new QueryWrapperFilter(filter);
    }

    private sealed class PersonAccumulator
    {
        private readonly List<MatchedWork> _top = [];

        public double Score { get; private set; }
        public int Count { get; private set; }
        public IReadOnlyList<MatchedWork> TopWorks => _top;

        public void Add(MatchedWork work, int keep)
        {
            Score += work.Score;
            Count++;
            // Hits arrive in descending score order, so the first ones are the top works.
            if (_top.Count < keep) _top.Add(work);
        }
    }
}
