using System.Globalization;
using ExpertGraph.Core.Model;
using ExpertGraph.Core.Storage;
using ExpertGraph.Search.Expansion;
using ExpertGraph.Search.Indexing;
using ExpertGraph.Search.Ranking;
using ExpertGraph.Search.Semantic;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Simple;
using Lucene.Net.Search;

namespace ExpertGraph.Search.Experts;

/// <summary>
/// Finds experts for a topic or a whole document: the best-matching works from the works index give the candidates
/// (their persons) and the relevance evidence; with a semantic index, each candidate's field as a whole is compared
/// with the query's place in the semantic space; an <see cref="IExpertScorer"/> combines the two (docs/ranking.md).
/// Thread-safe; holds one index reader, opened at construction.
/// </summary>
public sealed class ExpertSearcher : IDisposable
{
    private readonly CommittedIndex _index;
    private readonly IndexSearcher _searcher;
    private readonly IExpertStore _store;
    private readonly SimpleQueryParser _parser;
    private readonly QueryExpander? _expander;
    private readonly SemanticIndex? _semantic;
    private readonly DocumentQueryBuilder _documents;
    private readonly IExpertScorer _scorer;

    /// <param name="expander">Expands queries through the lexicon; null searches the text as typed.</param>
    /// <param name="semantic">Places queries and persons in a semantic space; null ranks by matching works alone.</param>
    /// <param name="scorer">Combines each candidate's evidence; null: the <see cref="WeightedSumScorer"/>.</param>
    public ExpertSearcher(string indexFolder, IExpertStore store, QueryExpander? expander = null, SemanticIndex? semantic = null, IExpertScorer? scorer = null)
    {
        _expander = expander;
        _semantic = semantic;
        _scorer = scorer ?? new WeightedSumScorer();
        _index = CommittedIndex.Open(Path.Combine(indexFolder, "works"), "works");
        _searcher = _index.Searcher;
        _store = store;
        _parser = new SimpleQueryParser(IndexAnalyzers.Create(), new Dictionary<string, float>(IndexFields.TopicFields));
        _documents = new DocumentQueryBuilder(_index.Reader);
    }

    public int WorkCount => _index.Reader.NumDocs;

    /// <summary>The semantic index ranking uses; null: the summed relevance of matching works alone.</summary>
    public SemanticIndex? Semantic => _semantic;

    /// <summary>How the evidence is combined.</summary>
    public IExpertScorer Scorer => _scorer;

    /// <summary>How many of the best-matching works lend their place in the semantic space to the query (pseudo-relevance feedback).</summary>
    public const int FeedbackWorks = 10;

    public ExpertSearchResult Search(ExpertQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var problems = query.Validate();
        if (problems.Count > 0) throw new ArgumentException(string.Join("; ", problems), nameof(query));

        var expansion = query.Expand && !query.IsDocument ? _expander?.Expand(query.Text) : null;
        var topic = query.IsDocument ? _documents.Build(query.Text) : TopicQuery(query.Text, expansion);
        if (topic is null) return new ExpertSearchResult(query, [], 0, expansion);

        var hits = _searcher.Search(topic, BuildFilter(query), query.CandidateWorks).ScoreDocs;
        var reader = new WorkHitReader(_searcher);
        var byPerson = new Dictionary<long, PersonAccumulator>();
        var feedback = new List<WorkHit>(FeedbackWorks);
        foreach (var hit in hits)
        {
            var (workId, persons) = reader.Read(hit.Doc);
            var work = new WorkHit(hit.Doc, workId, hit.Score);
            if (feedback.Count < FeedbackWorks) feedback.Add(work);
            foreach (var person in persons)
            {
                if (!byPerson.TryGetValue(person, out var accumulator))
                    byPerson[person] = accumulator = new PersonAccumulator();
                accumulator.Add(work, query.TopWorksPerExpert);
            }
        }

        var ranked = Rank(PlaceText(query, expansion), byPerson, feedback);
        var experts = new List<ExpertHit>(query.Limit);
        // Persons are looked up in pages so the country filter can skip people without loading everyone.
        for (var start = 0; start < ranked.Count && experts.Count < query.Limit; start += query.Limit * 2)
        {
            var page = ranked.Skip(start).Take(query.Limit * 2).ToList();
            var persons = _store.GetPersons(page.Select(scored => new PersonId(scored.Person)).ToList())
                .ToDictionary(person => person.Id.Value);
            foreach (var scored in page)
            {
                if (!persons.TryGetValue(scored.Person, out var person)) continue;
                if (query.CountryCode is { } country && !string.Equals(person.CountryCode, country, StringComparison.OrdinalIgnoreCase)) continue;
                var accumulator = byPerson[scored.Person];
                experts.Add(new ExpertHit(experts.Count + 1, person, scored.Score, [.. accumulator.TopWorks.Select(reader.Show)], accumulator.Count)
                {
                    Features = _scorer.Explain(scored.Evidence),
                    Evidence = scored.Evidence,
                });
                if (experts.Count == query.Limit) break;
            }
        }

        return new ExpertSearchResult(query, experts, hits.Length, expansion) { Scorer = _scorer.Name, ContributionsAdd = _scorer.ContributionsAdd };
    }

    /// <summary>
    /// Every candidate's evidence, combined by the scorer; best first, ties by person id. The query's place in the
    /// semantic space is the text's own, moved toward the best-matching works' (their score-weighted mean): a short
    /// query names its field in few words, and the works that match it best say the rest.
    /// </summary>
    private List<(long Person, double Score, ExpertEvidence Evidence)> Rank(
        string text, Dictionary<long, PersonAccumulator> byPerson, List<WorkHit> feedback)
    {
        var place = _semantic is { } semantic ? PlaceOf(semantic, text, feedback) : null;
        var best = byPerson.Count == 0 ? 0 : byPerson.Values.Max(a => a.Score);
        var ranked = new List<(long Person, double Score, ExpertEvidence Evidence)>(byPerson.Count);
        foreach (var (person, accumulator) in byPerson)
        {
            var evidence = new ExpertEvidence(
                person,
                accumulator.Score,
                best > 0 ? accumulator.Score / best : 0,
                place is null ? null : _semantic!.PersonSimilarity(place, person) ?? 0,
                Math.Max(accumulator.Count, _semantic?.WorksOf(person) ?? 0),
                accumulator.Count);
            ranked.Add((person, _scorer.Score(evidence), evidence));
        }

        ranked.Sort((a, b) => a.Score != b.Score ? b.Score.CompareTo(a.Score) : a.Person.CompareTo(b.Person));
        return ranked;
    }

    /// <summary>
    /// The text whose place in the semantic space starts the query's: for an expanded query, the terms of the concepts it
    /// names (both languages) and what no concept covered, so that 催化 and "catalysis" start from the same place, as they
    /// run the same works query; otherwise the text as given.
    /// </summary>
    private static string PlaceText(ExpertQuery query, QueryExpansion? expansion) =>
        expansion is null || expansion.IsEmpty
            ? query.Text
            : string.Join(" \n ", expansion.Concepts.Where(c => c.Distance == 0).SelectMany(c => c.Terms).Select(t => t.Text).Append(expansion.Remainder));

    private static float[]? PlaceOf(SemanticIndex semantic, string text, List<WorkHit> feedback)
    {
        var place = semantic.Space.Project(text) ?? new float[semantic.Space.Dimensions];
        var centroid = new float[semantic.Space.Dimensions];
        double total = 0;
        foreach (var work in feedback)
            if (semantic.AddWork(centroid, work.WorkId, (float)work.Score)) total += work.Score;
        if (total > 0)
            for (var i = 0; i < place.Length; i++) place[i] += (float)(centroid[i] / total);
        return Vectors.Normalize(place) ? place : null;
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
        private readonly List<WorkHit> _top = [];

        public double Score { get; private set; }
        public int Count { get; private set; }
        public IReadOnlyList<WorkHit> TopWorks => _top;

        public void Add(WorkHit work, int keep)
        {
            Score += work.Score;
            Count++;
            // Hits arrive in descending score order, so the first ones are the top works.
            if (_top.Count < keep) _top.Add(work);
        }
    }
}
