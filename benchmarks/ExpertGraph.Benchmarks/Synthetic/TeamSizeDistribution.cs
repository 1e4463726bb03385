namespace ExpertGraph.Benchmarks.Synthetic;

/// <summary>
/// Authors per work: log-normal around the median (as measured across fields), capped at the ordinary maximum, plus a
/// small share of large collaborations spread evenly in log-size between 50 and the largest.
/// </summary>
internal sealed class TeamSizeDistribution(SyntheticCorpusOptions options)
{
    // σ = 0.7 puts ~8% of works at one author and ~0.5% above 25 for a median of 4.
    private const double Spread = 0.7;
    private const int SmallestLargeTeam = 50;

    public int Sample(Random random)
    {
        if (options.LargeTeamShare > 0 && random.Chance(options.LargeTeamShare))
            return (int)Math.Round(SmallestLargeTeam * Math.Pow((double)options.LargeTeamMaxSize / SmallestLargeTeam, random.NextDouble()));
        return Math.Clamp((int)Math.Round(random.NextLogNormal(options.MedianTeamSize, Spread)), 1, options.MaxTeamSize);
    }

    /// <summary>Mean size, estimated from a fixed number of draws so that it is the same for every run with these options.</summary>
    public double EstimateMean(int seed)
    {
        var random = new Random(seed);
        const int draws = 20_000;
        long total = 0;
        for (var i = 0; i < draws; i++) total += Sample(random);
        return (double)total / draws;
    }
}
