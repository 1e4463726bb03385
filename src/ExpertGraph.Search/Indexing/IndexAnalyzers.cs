using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cn.Smart;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;

namespace ExpertGraph.Search.Indexing;

/// <summary>English fields use the English analyzer (stemming, stop words); Chinese fields SmartCn; names the standard one; id lists split on spaces.</summary>
internal static class IndexAnalyzers
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    public static Analyzer Create()
    {
        var english = new EnglishAnalyzer(Version);
        var chinese = new SmartChineseAnalyzer(Version);
        var standard = new StandardAnalyzer(Version);
        var whitespace = new WhitespaceAnalyzer(Version);
        return new PerFieldAnalyzerWrapper(english, new Dictionary<string, Analyzer>(StringComparer.Ordinal)
        {
            [IndexFields.TitleZh] = chinese,
            [IndexFields.AbstractZh] = chinese,
            [IndexFields.KeywordsZh] = chinese,
            [IndexFields.NameZh] = chinese,
            [IndexFields.InstitutionZh] = chinese,
            [IndexFields.Name] = standard,
            [IndexFields.Institution] = standard,
            [IndexFields.Person] = whitespace,
            [IndexFields.Country] = whitespace,
            [IndexFields.Concept] = whitespace,
            [IndexFields.ConceptPath] = whitespace,
        });
    }
}
