using ExpertGraph.Core.Storage;

namespace ExpertGraph.Query.Graph;

/// <summary>
/// How strong a collaboration tie is, from how often and how recently two persons worked together: each shared work
/// adds evidence with diminishing returns (1 − e^(−n/2): one work 0.39, three 0.78, six 0.95), and the tie halves
/// for every ten years between their last shared work and the reference year (the current year when the graph is
/// loaded; a work dated in the future counts as this year's). A tie with no dated work counts as ten years old.
/// </summary>
internal static class TieStrength
{
    public const int HalfLifeYears = 10;
    private const float Floor = 0.01f;

    /// <summary>Colleagues are a weak tie: 0.1, halving every ten years since the last year both were there.</summary>
    public const float Colleague = 0.1f;

    public static float OfColleagues(int overlapEndYear, int referenceYear) =>
        (float)Math.Clamp(Colleague * Math.Pow(0.5, Math.Max(0, referenceYear - overlapEndYear) / (double)HalfLifeYears), Floor, 1.0);

    public static float Of(CollaborationRow row, int referenceYear)
    {
        var evidence = 1.0 - Math.Exp(-row.WorkCount / 2.0);
        var age = row.LastYear is { } last ? Math.Max(0, referenceYear - last) : HalfLifeYears;
        var strength = evidence * Math.Pow(0.5, age / (double)HalfLifeYears);
        return (float)Math.Clamp(strength, Floor, 1.0);
    }
}
