using System.Globalization;
using ExpertGraph.Core.Lexicon;

namespace ExpertGraph.Ingestion.LexiconMining;

/// <summary>A mined term for a concept with the distinct works (source keys, sorted) that support it.</summary>
internal sealed record MinedTermProposal(string ConceptId, string Text, TermLanguage Language, TermKind Kind, IReadOnlyList<string> Works)
{
    public const float MinWeight = 0.3f;
    public const float MaxWeight = 0.6f;

    /// <summary>
    /// 0.3 for one work, +0.1 each time the supporting works double, at most 0.6 (8 works): below every curated term,
    /// so a mined term never outranks what a vocabulary says. Rounded to the three decimals the terms file keeps.
    /// </summary>
    public static float WeightFor(int works) =>
        works < 1 ? throw new ArgumentOutOfRangeException(nameof(works), works, "a mined term needs a work")
            : MathF.Round(MathF.Min(MaxWeight, MinWeight + (0.1f * MathF.Log2(works))), 3);

    public LexiconTerm ToTerm() =>
        new(ConceptId, Text, Language, Kind, WeightFor(Works.Count), string.Create(CultureInfo.InvariantCulture, $"MINED:{Works.Count} work{(Works.Count == 1 ? "" : "s")}"));
}
