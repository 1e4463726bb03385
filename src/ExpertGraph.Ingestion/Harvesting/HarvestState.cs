using System.Globalization;
using System.Text.Json.Serialization;

namespace ExpertGraph.Ingestion.Harvesting;

/// <summary>
/// Where a harvest stands, saved after every page: pages 1..<see cref="PagesSaved"/> are the harvest, and the next
/// page is asked for at <see cref="NextCursor"/>. A page file is part of the harvest once a state counts it.
/// </summary>
internal sealed record HarvestState
{
    public const int CurrentVersion = 1;

    [JsonPropertyName("version")] public int Version { get; init; } = CurrentVersion;
    [JsonPropertyName("source")] public required string Source { get; init; }
    [JsonPropertyName("query")] public string? Query { get; init; }
    [JsonPropertyName("filter")] public string? Filter { get; init; }
    [JsonPropertyName("since")] public string? Since { get; init; }
    [JsonPropertyName("baseUrl")] public string? BaseUrl { get; init; }
    [JsonPropertyName("nextCursor")] public string? NextCursor { get; init; }
    [JsonPropertyName("pagesSaved")] public int PagesSaved { get; init; }
    [JsonPropertyName("recordsSaved")] public long RecordsSaved { get; init; }
    [JsonPropertyName("finished")] public bool Finished { get; init; }
    [JsonPropertyName("startedAt")] public DateTimeOffset StartedAt { get; init; }
    [JsonPropertyName("updatedAt")] public DateTimeOffset UpdatedAt { get; init; }

    public static HarvestState Start(HarvestOptions options, DateTimeOffset now) => new()
    {
        Source = SourceName(options.Source),
        Query = Normalize(options.Query),
        Filter = Normalize(options.Filter),
        Since = options.Since?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        BaseUrl = options.EffectiveBaseUrl.GetLeftPart(UriPartial.Path),
        NextCursor = HarvestApi.FirstCursor,
        StartedAt = now,
        UpdatedAt = now,
    };

    /// <summary>Whether <paramref name="options"/> ask for this harvest (source, query, filter and since alike).</summary>
    public bool IsSameHarvest(HarvestOptions options)
    {
        var other = Start(options, default);
        return string.Equals(Source, other.Source, StringComparison.Ordinal) && string.Equals(Query, other.Query, StringComparison.Ordinal)
            && string.Equals(Filter, other.Filter, StringComparison.Ordinal) && string.Equals(Since, other.Since, StringComparison.Ordinal);
    }

    /// <summary>The state after one more page of <paramref name="page"/>'s records.</summary>
    public HarvestState After(HarvestPage page, DateTimeOffset now) => this with
    {
        PagesSaved = PagesSaved + 1,
        RecordsSaved = RecordsSaved + page.Records,
        NextCursor = page.NextCursor,
        Finished = page.NextCursor is null,
        UpdatedAt = now,
    };

    public string Describe() =>
        Source + (Query is null ? "" : $" --query \"{Query}\"") + (Filter is null ? "" : $" --filter \"{Filter}\"") + (Since is null ? "" : " --since " + Since);

    public static string SourceName(HarvestSource source) => source == HarvestSource.OpenAlex ? "openalex" : "crossref";

    private static string? Normalize(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
