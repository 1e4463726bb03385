namespace ExpertGraph.Benchmarks.Api;

/// <summary>
/// One endpoint of the load mix: its name in --mix, what its result lines call it (search-top10, conflicts-1x100) and the
/// requests drawn for it (each made fresh per send).
/// </summary>
internal sealed record LoadEndpoint(string Name, string Measure, IReadOnlyList<Func<HttpRequestMessage>> Requests)
{
    /// <summary>The names --mix takes; "all" is every one of them, requests interleaved.</summary>
    public static readonly string[] Names = ["search", "profile", "peers", "path", "conflicts"];

    public static IReadOnlyList<string> ParseMix(string mix)
    {
        if (string.Equals(mix, "all", StringComparison.Ordinal)) return Names;
        var names = mix.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var unknown = names.Where(n => !Names.Contains(n, StringComparer.Ordinal)).ToList();
        if (names.Length == 0 || unknown.Count > 0)
            throw new ArgumentException($"api-load: --mix '{mix}' is not all or a comma-separated list of {string.Join(", ", Names)}");
        return [.. names.Distinct(StringComparer.Ordinal)];
    }
}
