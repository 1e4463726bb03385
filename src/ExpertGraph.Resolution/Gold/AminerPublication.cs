namespace ExpertGraph.Resolution.Gold;

/// <summary>One &lt;publication&gt; of an AMiner data file; <paramref name="Line"/> is where it starts.</summary>
internal sealed record AminerPublication(
    string Id,
    string Label,
    string? Title,
    int? Year,
    IReadOnlyList<string> Authors,
    string? Venue,
    string? Organization,
    int Line);
