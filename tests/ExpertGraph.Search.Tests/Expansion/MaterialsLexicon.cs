using ExpertGraph.Core.Lexicon;

namespace ExpertGraph.Search.Tests.Expansion;

/// <summary>A hand-made slice of the lexicon: materials science → graphite → graphene, and polymers → polyethylene.</summary>
internal static class MaterialsLexicon
{
    public static ConceptTagger Tagger() => ConceptTagger.Create(new Lexicon(Data()));

    public static LexiconData Data() => new(
        [
            new Concept("OA:F1", 2, [], "材料科学", "Materials Science", ["OA:F1"]),
            new Concept("MESH:G", 4, ["OA:F1"], "石墨", "Graphite", ["MESH:G"]),
            new Concept("MESH:GR", 5, ["MESH:G"], "石墨烯", "Graphene", ["MESH:GR"]),
            new Concept("OA:P", 3, ["OA:F1"], "高分子", "Polymers", ["OA:P"]),
            new Concept("OA:PE", 4, ["OA:P"], "聚乙烯", "Polyethylene", ["OA:PE"]),
        ],
        [
            new LexiconTerm("OA:F1", "Materials Science", TermLanguage.En, TermKind.Preferred, 1f, "OA"),
            new LexiconTerm("OA:F1", "材料科学", TermLanguage.Zh, TermKind.Preferred, 1f, "CURATED"),
            new LexiconTerm("MESH:G", "Graphite", TermLanguage.En, TermKind.Preferred, 1f, "MESH"),
            new LexiconTerm("MESH:G", "石墨", TermLanguage.Zh, TermKind.Translation, 0.8f, "CEDICT"),
            new LexiconTerm("MESH:GR", "Graphene", TermLanguage.En, TermKind.Preferred, 1f, "MESH"),
            new LexiconTerm("MESH:GR", "single-layer graphite", TermLanguage.En, TermKind.Synonym, 0.9f, "MESH"),
            new LexiconTerm("MESH:GR", "Graphene, Oxidized", TermLanguage.En, TermKind.Synonym, 0.5f, "MESH"),
            new LexiconTerm("MESH:GR", "石墨烯", TermLanguage.Zh, TermKind.Translation, 0.8f, "CEDICT"),
            new LexiconTerm("OA:P", "Polymers", TermLanguage.En, TermKind.Preferred, 1f, "OA"),
            new LexiconTerm("OA:P", "polymer", TermLanguage.En, TermKind.Synonym, 1f, "OA"),
            new LexiconTerm("OA:P", "高分子", TermLanguage.Zh, TermKind.Preferred, 1f, "CURATED"),
            new LexiconTerm("OA:P", "聚合物", TermLanguage.Zh, TermKind.Translation, 0.8f, "CEDICT"),
            new LexiconTerm("OA:PE", "Polyethylene", TermLanguage.En, TermKind.Preferred, 1f, "OA"),
            new LexiconTerm("OA:PE", "聚乙烯", TermLanguage.Zh, TermKind.Translation, 0.8f, "CEDICT"),
        ],
        []);
}
