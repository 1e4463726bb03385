using ExpertGraph.Core.Lexicon;
using ExpertGraph.Search.Expansion;

namespace ExpertGraph.Api.Json;

/// <summary>What a query expanded to: each concept with why it is there, its boost and its terms.</summary>
public static class ExpansionJson
{
    public static object? Create(QueryExpansion? expansion) => expansion is null ? null : new
    {
        text = expansion.Text,
        remainder = expansion.Remainder,
        concepts = expansion.Concepts.Select(c => new
        {
            id = c.ConceptId,
            labelEn = c.LabelEn,
            labelZh = c.LabelZh,
            level = c.Level,
            distance = c.Distance,
            matchedText = c.MatchedText,
            boost = Math.Round(c.Boost, 4),
            terms = c.Terms.Select(t => new
            {
                text = t.Text,
                language = LexiconFiles.LanguageName(t.Language),
                kind = LexiconFiles.KindName(t.Kind),
                boost = Math.Round(t.Boost, 4),
            }),
        }),
    };
}
