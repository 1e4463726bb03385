namespace ExpertGraph.Ingestion.Vocabularies;

/// <summary>
/// One CC-CEDICT line: "Trad Simp [pin1 yin1] /gloss/gloss/". <see cref="Pinyin"/> holds the syllables as written,
/// tone digits included ("zhang1", "lu:4", "C"); <see cref="Line"/> is the 1-based line in the file.
/// </summary>
public sealed record CedictEntry(string Traditional, string Simplified, IReadOnlyList<string> Pinyin, IReadOnlyList<string> Glosses, int Line);
