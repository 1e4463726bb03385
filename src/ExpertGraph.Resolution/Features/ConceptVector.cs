namespace ExpertGraph.Resolution.Features;

/// <summary>Concept weights as the profiles keep them: one weight per concept, concepts ascending, unit length.</summary>
internal static class ConceptVector
{
    /// <summary>
    /// Sums the weights of each concept in the order they come, sorts by concept and scales to unit length (empty when
    /// nothing weighs). Sorted by (concept, arrival) and then merged, which sums exactly as a sorted dictionary starting
    /// every concept at 0 did (0 + -0.0 is 0.0), so stored and compared profiles stay bit for bit.
    /// </summary>
    public static (int Concept, float Weight)[] Unit(IEnumerable<(int Concept, double Weight)> weights)
    {
        var arrived = new List<(int Concept, int Arrival, double Weight)>();
        foreach (var (concept, weight) in weights) arrived.Add((concept, arrived.Count, weight));
        if (arrived.Count == 0) return [];
        arrived.Sort(static (x, y) => x.Concept != y.Concept ? x.Concept.CompareTo(y.Concept) : x.Arrival.CompareTo(y.Arrival));
        var merged = new List<(int Concept, double Weight)>(arrived.Count);
        foreach (var (concept, _, weight) in arrived)
        {
            if (merged.Count > 0 && merged[^1].Concept == concept) merged[^1] = (concept, merged[^1].Weight + weight);
            else merged.Add((concept, 0 + weight));
        }

        var squares = 0.0;
        foreach (var (_, weight) in merged) squares += weight * weight;
        var norm = Math.Sqrt(squares);
        if (norm == 0) return [];
        var unit = new (int, float)[merged.Count];
        for (var i = 0; i < unit.Length; i++) unit[i] = (merged[i].Concept, (float)(merged[i].Weight / norm));
        return unit;
    }
}
