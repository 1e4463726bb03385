namespace ExpertGraph.Resolution.Features;

/// <summary>
/// How many mentions carry each co-author key, title token and affiliation token (by <see cref="TokenTable"/> id) in the
/// collection being resolved, so that sharing a rare co-author or a rare title word counts for more than sharing
/// "Wang W" or "network" (inverse document frequency, ln(1 + N / df)). The collection is one name block: the model is trained and applied
/// with the statistics of the block it resolves, so that a decision depends on the block alone, never on what else a
/// run happened to read before (an ingest killed and run again decides exactly as an uninterrupted one).
/// </summary>
public sealed class CorpusStatistics
{
    private readonly Dictionary<int, int> _coauthors;
    private readonly Func<int, int>? _coauthorCounts;
    private readonly Dictionary<int, int> _titles;
    private readonly Dictionary<int, int> _affiliations;
    private readonly MentionProfile? _extra;

    public CorpusStatistics()
    {
        _coauthors = [];
        _titles = [];
        _affiliations = [];
    }

    /// <summary>
    /// Statistics whose co-author counts are kept by the caller (<paramref name="coauthorCounts"/>: how many of the added
    /// mentions carry a key), who indexes them anyway: a block's co-author index (<see cref="Incremental.ResolutionBlock"/>)
    /// holds exactly these counts, and a second copy was a large part of the block cache.
    /// </summary>
    internal CorpusStatistics(Func<int, int> coauthorCounts)
        : this()
    {
        _coauthorCounts = coauthorCounts ?? throw new ArgumentNullException(nameof(coauthorCounts));
    }

    private CorpusStatistics(CorpusStatistics of, MentionProfile extra)
    {
        (_coauthors, _coauthorCounts, _titles, _affiliations) = (of._coauthors, of._coauthorCounts, of._titles, of._affiliations);
        _extra = extra;
        Mentions = of.Mentions + 1;
    }

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
        if (_extra is not null) throw new InvalidOperationException("a view with one more mention is read-only");
        Mentions++;
        if (_coauthorCounts is null) Count(_coauthors, profile.Coauthors);
        Count(_titles, profile.TitleTokens);
        Count(_affiliations, profile.AffiliationTokens);
    }

    /// <summary>These counts with one more mention, without copying them (a read-only view: the counts must not change meanwhile).</summary>
    public CorpusStatistics With(MentionProfile extra) => new(this, extra ?? throw new ArgumentNullException(nameof(extra)));

    public double CoauthorWeight(int key) =>
        _coauthorCounts is null ? Idf(_coauthors, key, _extra?.Coauthors) : Idf(_coauthorCounts(key), key, _extra?.Coauthors);

    public double TitleWeight(int token) => Idf(_titles, token, _extra?.TitleTokens);

    public double AffiliationWeight(int token) => Idf(_affiliations, token, _extra?.AffiliationTokens);

    private double Idf(Dictionary<int, int> counts, int key, int[]? extra) => Idf(counts.GetValueOrDefault(key), key, extra);

    private double Idf(int stored, int key, int[]? extra)
    {
        var count = stored + (extra is not null && extra.AsSpan().Contains(key) ? 1 : 0);
        return Math.Log(1 + (double)Math.Max(Mentions, 1) / Math.Max(count, 1));
    }

    private static void Count(Dictionary<int, int> counts, int[] keys)
    {
        foreach (var key in keys) System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(counts, key, out _)++;
    }
}
