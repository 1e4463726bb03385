namespace ExpertGraph.Benchmarks.Synthetic;

/// <summary>
/// Given and family names of one country's (or region's) faculty with their frequencies, plus the share of that faculty
/// whose names are romanized Chinese; those are drawn from NSFC instead, so they are not in the Latin lists.
/// </summary>
internal sealed class LatinNamePool(WeightedChoice<string> given, WeightedChoice<string> family, double chineseShare)
{
    public WeightedChoice<string> Given { get; } = given;

    public WeightedChoice<string> Family { get; } = family;

    public double ChineseShare { get; } = chineseShare;
}
