namespace ExpertGraph.Core.Lexicon;

/// <summary>
/// Where one span of text names several concepts, keeps its strong readings: those weighing at least
/// <see cref="Share"/> of the span's strongest. "machine learning" is the preferred label of one concept and a weak
/// keyword (0.3) of many topics; the topics are dropped, while two equally good readings both stay.
/// </summary>
public static class StrongestReadings
{
    public const float Share = 0.5f;

    public static IReadOnlyList<ConceptMatch> Of(IReadOnlyList<ConceptMatch> matches)
    {
        ArgumentNullException.ThrowIfNull(matches);
        if (matches.Count < 2) return matches;
        var strongest = new Dictionary<(int Start, int Length), float>();
        foreach (var match in matches)
        {
            var span = (match.Start, match.Length);
            if (match.Weight > strongest.GetValueOrDefault(span)) strongest[span] = match.Weight;
        }

        return [.. matches.Where(m => m.Weight >= Share * strongest[(m.Start, m.Length)])];
    }
}
