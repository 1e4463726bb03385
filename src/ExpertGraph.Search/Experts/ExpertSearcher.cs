using System.Globalization;
using System.Runtime.InteropServices;
using ExpertGraph.Core.Model;
using ExpertGraph.Core.Storage;
using ExpertGraph.Core.Text;
using ExpertGraph.Search.Careers;
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
/// With <see cref="PersonFacts"/>, every candidate's career is known: scout filters (institution, country ties, career
/// age, stage, activity, patents, grants, as-of date) and facet counts (docs/filters.md).
/// Thread-safe; holds one index reader, opened at construction.
/// </summary>
public sealed class ExpertSearcher : IDisposable
{
    private readonly CommittedIndex _index;
    private readonly IndexSearcher _searcher;
    private readonly IExpertStore _store;
    private readonly SimpleQueryParser _parser;
    private readonly SimpleQueryParser _chineseParser;
    private readonly QueryExpander? _expander;
    private readonly SemanticIndex? _semantic;
    private readonly DocumentQueryBuilder _documents;
    private readonly IExpertScorer _scorer;
    private readonly PersonFacts? _facts;
    private readonly TimeProvider _clock;
    private readonly byte[] _kinds;

    /// <param name="expander">Expands queries through the lexicon; null searches the text as typed.</param>
    /// <param name="semantic">Places queries and persons in a semantic space; null ranks by matching works alone.</param>
    /// <param name="scorer">Combines each candidate's evidence; null: the <see cref="WeightedSumScorer"/>.</param>
    /// <param name="facts">Every person's career, for scout filters and facets; null: only the kind and country filters.</param>
    /// <param name="clock">What "now" is for career ages; null: the system clock.</param>
    public ExpertSearcher(
        string indexFolder, IExpertStore store, QueryExpander? expander = null, SemanticIndex? semantic = null, IExpertScorer? scorer = null,
        PersonFacts? facts = null, TimeProvider? clock = null)
    {
        _expander = expander;
        _semantic = semantic;
        _scorer = scorer ?? new WeightedSumScorer();
        _facts = facts;
        _clock = clock ?? TimeProvider.System;
        _index = CommittedIndex.Open(Path.Combine(indexFolder, "works"), "works");
        _searcher = _index.Searcher;
        _store = store;
        _parser = new SimpleQueryParser(IndexAnalyzers.Create(), new Dictionary<string, float>(IndexFields.TopicFields));
        // Text with Han characters is indexed in the Chinese fields only, so a Chinese term is sought there alone (an English
        // term is sought in both: Chinese text often names English terms).
        _chineseParser = new SimpleQueryParser(IndexAnalyzers.Create(), IndexFields.TopicFields
            .Where(f => f.Key is IndexFields.TitleZh or IndexFields.KeywordsZh or IndexFields.AbstractZh)
            .ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal));
        _documents = new DocumentQueryBuilder(_index.Reader);
        _kinds = DocumentKinds.Read(_index.Reader);
    }

    /// <summary>The careers filters and facets read; null: none loaded (only the kind and country filters work).</summary>
    public PersonFacts? Facts => _facts;

    public int WorkCount => _index.Reader.NumDocs;

    /// <summary>The semantic index ranking uses; null: the summed relevance of matching works alone.</summary>
    public SemanticIndex? Semantic => _semantic;

    /// <summary>How the evidence is combined.</summary>
    public IExpertScorer Scorer => _scorer;

    /// <summary>
    /// What a work's relevance gives an author in the middle of its author list, against 1 for the first and the last
    /// author (who wrote it and who led it): docs/ranking.md gives the benchmark runs behind it.
    /// </summary>
    public const double MiddleAuthorWeight = 0.75;

    /// <summary>The author-position weight of the document-centric model: first and last authors 1, the others <see cref="MiddleAuthorWeight"/>.</summary>
    public static double AuthorPositionWeight(int position, int authors) =>
        position == 0 || position == authors - 1 ? 1 : MiddleAuthorWeight;

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

        if (query.FiltersCareers && _facts is null)
            throw new InvalidOperationException("career filters need the person facts, and this searcher has none");
        var hits = _searcher.Search(topic, BuildFilter(query), query.CandidateWorks).ScoreDocs;
        var reader = new WorkHitReader(_searcher);
        var byPerson = new Dictionary<long, PersonAccumulator>();
        var works = new WorkHit[hits.Length];
        var personsOf = new long[hits.Length][];
        for (var i = 0; i < hits.Length; i++)
        {
            var (workId, persons) = reader.Read(hits[i].Doc);
            works[i] = new WorkHit(hits[i].Doc, workId, hits[i].Score);
            personsOf[i] = persons;
            for (var position = 0; position < persons.Length; position++)
            {
                // A struct per candidate, updated in place: thousands of candidates per query, no allocation each.
                ref var accumulator = ref CollectionsMarshal.GetValueRefOrAddDefault(byPerson, persons[position], out _);
                accumulator.Score += hits[i].Score * AuthorPositionWeight(position, persons.Length);
                accumulator.Count++;
                accumulator.Kinds |= 1 << _kinds[hits[i].Doc];
            }
        }

        var feedback = works.Take(FeedbackWorks).ToList();
        // Career ages count to this year (or to the as-of year).
        var referenceYear = _clock.GetUtcNow().Year;
        var ranked = Rank(PlaceText(query, expansion), byPerson, feedback, query.AsOfYear, referenceYear);
        var (chosen, facets) = _facts is { } facts ? Choose(query, ranked, byPerson, facts, referenceYear) : (ChooseByStoredCountry(query, ranked), null);
        var summaries = _store.GetPersons([.. chosen.Select(c => new PersonId(c.Scored.Person))]).ToDictionary(p => p.Id.Value);
        var topWorks = TopWorks(chosen, works, personsOf, query.TopWorksPerExpert);
        var shown = reader.Show([.. topWorks.Values.SelectMany(w => w)], _store);
        var experts = new List<ExpertHit>(chosen.Count);
        foreach (var (scored, career, tie) in chosen)
        {
            if (!summaries.TryGetValue(scored.Person, out var person)) continue;
            // The priors are part of every shown expert's reasons, whether or not the scorer weighed them.
            var evidence = WithPriors(scored.Evidence, referenceYear, query.AsOfYear);
            experts.Add(new ExpertHit(experts.Count + 1, person, scored.Score, [.. topWorks[scored.Person].Select(w => shown[w.WorkId])], byPerson[scored.Person].Count)
            {
                Features = _scorer.Explain(evidence),
                Evidence = evidence,
                Career = career,
                Tie = tie,
            });
        }

        return new ExpertSearchResult(query, experts, hits.Length, expansion)
        {
            Scorer = _scorer.Name,
            ContributionsAdd = _scorer.ContributionsAdd,
            Facets = facets,
        };
    }

    /// <summary>The best-matching works of each expert shown (hits come best first), at most <paramref name="keep"/> each.</summary>
    private static Dictionary<long, List<WorkHit>> TopWorks(List<Chosen> chosen, WorkHit[] works, long[][] personsOf, int keep)
    {
        var top = chosen.ToDictionary(c => c.Scored.Person, _ => new List<WorkHit>(keep));
        for (var i = 0; i < works.Length && keep > 0; i++)
        {
            foreach (var person in personsOf[i])
                if (top.TryGetValue(person, out var list) && list.Count < keep) list.Add(works[i]);
        }

        return top;
    }

    /// <summary>
    /// Walks the ranked candidates with their careers at the query's date: those every filter keeps are counted into the
    /// facets, and the first <see cref="ExpertQuery.Limit"/> of them are shown.
    /// </summary>
    private (List<Chosen> Chosen, ExpertFacets Facets) Choose(
        ExpertQuery query, List<Scored> ranked, Dictionary<long, PersonAccumulator> byPerson, PersonFacts facts, int referenceYear)
    {
        var filter = new CareerFilter(query, facts, referenceYear);
        var facets = new FacetCounter();
        var chosen = new List<Chosen>(query.Limit);
        foreach (var scored in ranked)
        {
            var glance = facts.Glance(scored.Person, referenceYear, query.AsOfYear);
            if (!filter.Keeps(glance, out var career, out var tie)) continue;
            facets.Add(glance, byPerson[scored.Person].Kinds);
            // The whole career (affiliations, h-index) only for the experts shown.
            if (chosen.Count < query.Limit) chosen.Add(new Chosen(scored, career ?? facts.Career(scored.Person, referenceYear, query.AsOfYear), tie));
        }

        return (chosen, facets.Result());
    }

    /// <summary>Without person facts: the country stored with each person, read from the store a page at a time.</summary>
    private List<Chosen> ChooseByStoredCountry(ExpertQuery query, List<Scored> ranked)
    {
        if (query.CountryCode is not { } country) return [.. ranked.Take(query.Limit).Select(s => new Chosen(s, null, null))];
        var chosen = new List<Chosen>(query.Limit);
        for (var start = 0; start < ranked.Count && chosen.Count < query.Limit; start += query.Limit * 2)
        {
            var page = ranked.Skip(start).Take(query.Limit * 2).ToList();
            var persons = _store.GetPersons([.. page.Select(scored => new PersonId(scored.Person))]).ToDictionary(person => person.Id.Value);
            foreach (var scored in page)
            {
                if (!persons.TryGetValue(scored.Person, out var person)) continue;
                if (!string.Equals(person.CountryCode, country, StringComparison.OrdinalIgnoreCase)) continue;
                chosen.Add(new Chosen(scored, null, null));
                if (chosen.Count == query.Limit) break;
            }
        }

        return chosen;
    }

    /// <summary>
    /// Every candidate's evidence, combined by the scorer; best first, ties by person id. The query's place in the
    /// semantic space is the text's own, moved toward the best-matching works' (their score-weighted mean): a short
    /// query names its field in few words, and the works that match it best say the rest.
    /// </summary>
    private List<Scored> Rank(string text, Dictionary<long, PersonAccumulator> byPerson, List<WorkHit> feedback, int? asOfYear, int referenceYear)
    {
        var place = _semantic is { } semantic ? PlaceOf(semantic, text, feedback) : null;
        var best = byPerson.Count == 0 ? 0 : byPerson.Values.Max(a => a.Score);
        var ranked = new List<Scored>(byPerson.Count);
        foreach (var (person, accumulator) in byPerson)
        {
            var (similarity, works) = Field(place, person, asOfYear);
            var evidence = new ExpertEvidence(
                person,
                accumulator.Score,
                best > 0 ? accumulator.Score / best : 0,
                similarity,
                Math.Max(accumulator.Count, works),
                accumulator.Count);
            if (_scorer.ReadsPriors) evidence = WithPriors(evidence, referenceYear, asOfYear);
            ranked.Add(new Scored(person, _scorer.Score(evidence), evidence));
        }

        ranked.Sort((a, b) => a.Score != b.Score ? b.Score.CompareTo(a.Score) : a.Person.CompareTo(b.Person));
        return ranked;
    }

    /// <summary>The evidence with the person's priors at the date (unchanged without person facts or for a person they lack).</summary>
    private ExpertEvidence WithPriors(ExpertEvidence evidence, int referenceYear, int? asOfYear)
    {
        if (evidence.Priors is not null || _facts?.Glance(evidence.Person, referenceYear, asOfYear) is not { } glance) return evidence;
        return evidence with
        {
            Priors = new ExpertPriors(glance.HIndex, glance.Citations, _facts.RecentWorks(evidence.Person, referenceYear, asOfYear), glance.FieldPercentile,
                glance.Patents + glance.Projects),
        };
    }

    /// <summary>
    /// The candidate's field as the semantic space places it, against the query's place, and how many works it is made
    /// of: all their works, or at a past date only those up to then.
    /// </summary>
    private (double? Similarity, int Works) Field(float[]? place, long person, int? asOfYear)
    {
        if (_semantic is not { } semantic) return (null, 0);
        if (asOfYear is { } year && _facts is { } facts)
        {
            var then = place is null ? null : semantic.WorksSimilarity(place, facts.WorksUpTo(person, year));
            return (place is null ? null : then?.Similarity ?? 0, then?.Works ?? facts.WorksUpTo(person, year).Count());
        }

        return (place is null ? null : semantic.PersonSimilarity(place, person) ?? 0, semantic.WorksOf(person));
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
            if (concept.Distance > 0) continue;
            topic.Add(new TermQuery(new Term(IndexFields.ConceptPath, concept.ConceptId)) { Boost = 0.5f * concept.Boost }, Occur.SHOULD);
            // A concept's terms are alternatives: the best-matching one counts, the others add a little.
            var terms = new DisjunctionMaxQuery(SynonymTieBreaker);
            foreach (var term in concept.Terms)
            {
                var parser = ScriptDetector.ContainsHan(term.Text) ? _chineseParser : _parser;
                if (parser.Parse("\"" + term.Text.Replace("\"", " ", StringComparison.Ordinal) + "\"") is not { } phrase) continue;
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
        // A person in a country wrote at least one work with an affiliation there: the works filter narrows the candidates
        // to those, and the person filter then keeps whoever is there now.
        if (query.CountryCode is { } country)
            filter.Add(new TermQuery(new Term(IndexFields.Country, country.ToUpperInvariant())), Occur.MUST);
        if (query.AsOfYear is { } year)
            filter.Add(NumericRangeQuery.NewInt32Range(IndexFields.Year, null, year, true, true), Occur.MUST);
        return filter.Clauses.Count == 0 ? null : new QueryWrapperFilter(filter);
    }

    /// <summary>A ranked candidate: their score and the evidence it was made of.</summary>
    private readonly record struct Scored(long Person, double Score, ExpertEvidence Evidence);

    private readonly record struct Chosen(Scored Scored, PersonCareer? Career, CountryTie? Tie);

    /// <summary>What a candidate's matching works add up to: summed relevance, how many, and their kinds (one bit per <see cref="WorkKind"/>).</summary>
    private struct PersonAccumulator
    {
        public double Score;
        public int Count;
        public int Kinds;
    }
}
