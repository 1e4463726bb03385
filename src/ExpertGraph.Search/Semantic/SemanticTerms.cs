using ExpertGraph.Core.Text;
using ExpertGraph.Search.Indexing;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.TokenAttributes;

namespace ExpertGraph.Search.Semantic;

/// <summary>
/// The terms a text contributes to the semantic space: its words as the works index analyzes them (English: stop words
/// out, Porter stems; text with Chinese characters: SmartCn words), and each pair of adjacent words ("support vector",
/// "vector machin"), since a field is often named by a phrase whose words alone say little. Thread-safe.
/// </summary>
internal sealed class SemanticTerms
{
    private readonly Analyzer _english = new EnglishAnalyzer(IndexAnalyzers.Version);
    private readonly Analyzer _chinese = new SmartChineseAnalyzer(IndexAnalyzers.Version);

    /// <summary>Words, then adjacent pairs joined by a space, in text order; repeated terms repeat.</summary>
    public List<string> Of(string? text)
    {
        var terms = new List<string>();
        if (string.IsNullOrWhiteSpace(text)) return terms;
        var analyzer = ScriptDetector.ContainsHan(text) ? _chinese : _english;
        using (var stream = analyzer.GetTokenStream("text", text))
        {
            var term = stream.AddAttribute<ICharTermAttribute>();
            stream.Reset();
            while (stream.IncrementToken()) terms.Add(term.ToString());
            stream.End();
        }

        var words = terms.Count;
        for (var i = 1; i < words; i++) terms.Add(string.Concat(terms[i - 1], " ", terms[i]));
        return terms;
    }
}
