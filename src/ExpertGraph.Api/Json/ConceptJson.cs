using ExpertGraph.Core.Lexicon;

namespace ExpertGraph.Api.Json;

/// <summary>A lexicon concept as `lexicon show` prints it: labels, sources, merges, ancestors, children (the first <see cref="ChildrenShown"/>) and terms.</summary>
public static class ConceptJson
{
    public const int ChildrenShown = 25;

    public static object Create(Lexicon lexicon, int index)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        var concept = lexicon.Concepts[index];
        var children = lexicon.Children(index).ToArray();
        return new
        {
            id = concept.Id,
            level = concept.Level,
            labelZh = concept.LabelZh,
            labelEn = concept.LabelEn,
            sources = concept.Sources,
            merged = lexicon.Alignments.Where(a => a.ConceptId == concept.Id).Select(a => new { id = a.MergedId, evidence = a.Evidence }),
            ancestors = lexicon.Ancestors(index).Select(a => new { concept = Brief(lexicon.Concepts[a.Concept]), distance = a.Distance }),
            childCount = children.Length,
            children = children.Take(ChildrenShown).Select(c => Brief(lexicon.Concepts[c])),
            terms = lexicon.Terms(index).Select(t => new
            {
                text = t.Text, language = LexiconFiles.LanguageName(t.Language), kind = LexiconFiles.KindName(t.Kind), weight = Math.Round(t.Weight, 3), source = t.Source,
            }),
        };
    }

    private static object Brief(Concept c) => new { id = c.Id, labelZh = c.LabelZh, labelEn = c.LabelEn, level = c.Level };
}
