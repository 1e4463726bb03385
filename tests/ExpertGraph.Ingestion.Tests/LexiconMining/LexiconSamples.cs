using ExpertGraph.Core.Lexicon;

namespace ExpertGraph.Ingestion.Tests.LexiconMining;

/// <summary>Small hand-built lexicons for the mining tests (the real one is built by `expertgraph lexicon build`).</summary>
internal static class LexiconSamples
{
    public static Concept Concept(string id, string en, string zh = "") => new(id, 1, [], zh, en, [id]);

    public static LexiconTerm Term(string concept, string text, TermLanguage language = TermLanguage.En, TermKind kind = TermKind.Synonym) =>
        new(concept, text, language, kind, 1f, "TEST");

    /// <summary>
    /// T:CDM "Clean Development Mechanism"; T:ER "endoplasmic reticulum" / 内质网 (also the synonym "ER"); T:VT
    /// "vesicle trafficking"; T:CELL and T:CELL2 both "cell" (ambiguous); T:PA "protected area" with the curated
    /// abbreviation "PA".
    /// </summary>
    public static LexiconData Small() => new(
        [
            Concept("T:CDM", "Clean Development Mechanism"),
            Concept("T:ER", "endoplasmic reticulum", "内质网"),
            Concept("T:VT", "vesicle trafficking"),
            Concept("T:CELL", "cell"),
            Concept("T:CELL2", "cell"),
            Concept("T:PA", "protected area"),
        ],
        [
            Term("T:ER", "ER", kind: TermKind.Abbreviation),
            Term("T:PA", "PA", kind: TermKind.Abbreviation),
        ],
        []);
}
