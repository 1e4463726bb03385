using ExpertGraph.Search.Indexing;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ExpertGraph.Search.Ranking;

/// <summary>
/// Turns a whole text (a proposal's or manuscript's title and abstract) into a works query: its
/// <see cref="MaxTerms"/> most distinctive words by tf × idf over the works index, each sought in titles, keywords and
/// abstracts of its language with its weight as boost. A text of any length stays a bounded query (a clause per word
/// and field would overflow Lucene's clause limit for a long abstract and weigh "method" like "ontology").
/// Built once per searcher and shared by its threads: analyzers keep a token stream per thread, the reader is read-only.
/// </summary>
internal sealed class DocumentQueryBuilder(IndexReader reader)
{
    public const int MaxTerms = 40;

    private static readonly string[] EnglishFields = [IndexFields.TitleEn, IndexFields.KeywordsEn, IndexFields.AbstractEn];
    private static readonly string[] ChineseFields = [IndexFields.TitleZh, IndexFields.KeywordsZh, IndexFields.AbstractZh];

    private readonly Analyzer _analyzer = IndexAnalyzers.Create();

    public Query? Build(string text)
    {
        var weights = new Dictionary<(string Field, string Term), double>();
        Collect(text, IndexFields.AbstractEn, weights);
        Collect(text, IndexFields.AbstractZh, weights);
        var top = weights.OrderByDescending(pair => pair.Value).ThenBy(pair => pair.Key.Term, StringComparer.Ordinal).Take(MaxTerms).ToList();
        if (top.Count == 0) return null;
        var best = top[0].Value;
        var query = new BooleanQuery(disableCoord: true);
        foreach (var ((field, term), weight) in top)
        {
            var fields = field == IndexFields.AbstractEn ? EnglishFields : ChineseFields;
            foreach (var target in fields)
                query.Add(new TermQuery(new Term(target, term)) { Boost = (float)(weight / best) * IndexFields.TopicFields[target] }, Occur.SHOULD);
        }

        return query;
    }

    private void Collect(string text, string field, Dictionary<(string, string), double> weights)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        using (var stream = _analyzer.GetTokenStream(field, text))
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                var value = term.ToString();
                counts[value] = counts.GetValueOrDefault(value) + 1;
            }

            stream.End();
        }

        var documents = Math.Max(1, reader.NumDocs);
        foreach (var (value, count) in counts)
        {
            // A word's rarity over the fields it is sought in: the most works any of them holds it in.
            var frequency = (field == IndexFields.AbstractEn ? EnglishFields : ChineseFields).Max(target => reader.DocFreq(new Term(target, value)));
            if (frequency == 0) continue;
            var idf = Math.Log((1.0 + documents) / (1 + frequency)) + 1;
            weights[(field, value)] = (1 + Math.Log(count)) * idf;
        }
    }
}
