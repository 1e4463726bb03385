namespace ExpertGraph.Ingestion.Vocabularies;

/// <summary>What a lexicon build produced, against the targets of issue 4 (≥ 300,000 terms, ≥ 50,000 concepts, zh labels for ≥ 90% of levels 1–3).</summary>
public sealed record LexiconBuildCounts(
    int Concepts,
    int Terms,
    int Alignments,
    int UpperConcepts,
    int UpperConceptsWithZh,
    int TranslationTerms,
    int ZhLabelsFromTranslations,
    int AmbiguousKeys,
    int RefusedMerges)
{
    public double UpperZhShare => UpperConcepts == 0 ? 0 : (double)UpperConceptsWithZh / UpperConcepts;

    public bool MeetsTargets => Terms >= 300_000 && Concepts >= 50_000 && UpperZhShare >= 0.9;
}
