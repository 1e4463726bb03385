using ExpertGraph.Core.Lexicon;

namespace ExpertGraph.Core.Tests.Lexicon;

/// <summary>
/// A hand-written lexicon shaped like the real one: a poly-hierarchy (CNN under both machine learning and computer
/// vision, both under computer science), zh and en terms, acronyms, a mixed-script term, and terms the guard rails
/// must refuse (a one-character Han term, a two-letter lower-case term, a stop-listed word, a one-word near-synonym).
/// </summary>
internal static class SmallLexicon
{
    public static ExpertGraph.Core.Lexicon.Lexicon Create() => new(new LexiconData(
    [
        Concept("T:CS", 1, [], "计算机科学", "Computer science"),
        Concept("T:ML", 2, ["T:CS"], "机器学习", "Machine learning"),
        Concept("T:VISION", 2, ["T:CS"], "计算机视觉", "Computer vision"),
        Concept("T:CNN", 3, ["T:ML", "T:VISION"], "卷积神经网络", "Convolutional neural network"),
        Concept("T:NEWS", 1, [], "", "Cable News Network"),
        Concept("T:MACHINE", 1, [], "机器", "Machine"),
        Concept("T:CELL", 1, [], "细胞", "Cell"),
        Concept("T:NSCLC", 2, ["T:CELL"], "非小细胞肺癌", "Non-small-cell lung carcinoma"),
        Concept("T:ALL", 2, ["T:CELL"], "急性淋巴细胞白血病", "Acute lymphoblastic leukemia"),
        Concept("T:LITHO", 1, [], "光刻", "Lithography"),
        Concept("T:EUV", 2, ["T:LITHO"], "极紫外光刻", "EUV lithography"),
        Concept("T:LIGHT", 1, [], "光", "Light"),
        Concept("T:GO", 1, [], "", "Go"),
        Concept("T:FIBROSIS", 1, [], "纤维化", "Fibrosis"),
    ],
    [
        Term("T:CS", "computer science"), Term("T:CS", "计算机科学", TermLanguage.Zh),
        Term("T:ML", "machine learning"), Term("T:ML", "机器学习", TermLanguage.Zh),
        Term("T:ML", "ML", kind: TermKind.Abbreviation, weight: 0.8f),
        Term("T:ML", "statistical learning", kind: TermKind.NearSynonym, weight: 0.3f),
        Term("T:VISION", "computer vision"),
        Term("T:CNN", "convolutional neural network"), Term("T:CNN", "CNN", kind: TermKind.Abbreviation, weight: 0.9f),
        Term("T:CNN", "卷积神经网络", TermLanguage.Zh),
        Term("T:NEWS", "Cable News Network"), Term("T:NEWS", "CNN", kind: TermKind.Abbreviation, weight: 0.5f),
        Term("T:MACHINE", "machine"),
        Term("T:CELL", "cell"), Term("T:CELL", "cells", kind: TermKind.Synonym),
        Term("T:CELL", "cytology", kind: TermKind.NearSynonym, weight: 0.3f),
        Term("T:NSCLC", "non-small-cell lung carcinoma"),
        Term("T:ALL", "acute lymphoblastic leukemia"), Term("T:ALL", "ALL", kind: TermKind.Abbreviation, weight: 0.9f),
        Term("T:LITHO", "lithography"), Term("T:LITHO", "光刻", TermLanguage.Zh),
        Term("T:EUV", "EUV lithography"), Term("T:EUV", "极紫外光刻", TermLanguage.Zh),
        Term("T:EUV", "EUV光刻", TermLanguage.Zh, TermKind.Synonym, 0.9f),
        Term("T:LIGHT", "light"), Term("T:LIGHT", "光", TermLanguage.Zh),
        Term("T:GO", "go"),
        Term("T:FIBROSIS", "fibrosis"),
    ],
    []));

    public static LexiconTerm Term(
        string concept, string text, TermLanguage language = TermLanguage.En, TermKind kind = TermKind.Preferred, float weight = 1f,
        string source = "TEST") =>
        new(concept, text, language, kind, weight, source);

    public static TraditionalChineseTable Table() => TraditionalChineseTable.FromPairs([('機', '机'), ('學', '学'), ('習', '习')]);

    private static Concept Concept(string id, int level, string[] parents, string zh, string en) => new(id, level, parents, zh, en, [id]);
}
