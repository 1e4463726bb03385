namespace ExpertGraph.Resolution.Features;

/// <summary>
/// How many mentions carry each co-author key, title token and affiliation token in the collection being resolved, so
/// that sharing a rare co-author or a rare title word counts for more than sharing "Wang W" or "network"
/// (inverse document frequency, ln(1 + N / df)).
/// </summary>
public sealed class CorpusStatistics
{
    private readonly Dictionary<string, int> _coauthors = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _titles = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _affiliations = new(StringComparer.Ordinal);

    public int Mentions { get; private set; }

    public static CorpusStatistics Of(IEnumerable<MentionProfile> profiles)
    {
        ArgumentNullException.ThrowIfNull(profiles);
        var statistics = new CorpusStatistics();
        foreach (var profile in profiles) statistics.Add(profile);
        return statistics;
    }

    public void Add(MentionProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        Mentions++;
        Count(_coauthors, profile.Coauthors);
        Count(_titles, profile.TitleTokens);
        Count(_affiliations, profile.AffiliationTokens);
    }

    public double CoauthorWeight(string key) => Idf(_coauthors, key);

    public double TitleWeight(string token) => Idf(_titles, token);

    public double AffiliationWeight(string token) => Idf(_affiliations, token);

    private double Idf(Dictionary<string, int> counts, string key) =>
        Math.Log(1 + (double)Math.Max(Mentions, 1) / Math.Max(counts.GetValueOrDefault(key), 1));

    private static void Count(Dictionary<string, int> counts, string[] keys)
    {
        foreach (var key in keys) counts[key] = counts.GetValueOrDefault(key) + 1;
    }
}
