namespace ExpertGraph.Tests.Shared.Harvesting;

/// <summary>A failure the replay server answers with instead of the page, once.</summary>
internal sealed record Fault(FaultKind Kind, int Status = 0, string? RetryAfter = null)
{
    public static Fault Error(int status, string? retryAfter = null) => new(FaultKind.Status, status, retryAfter);

    /// <summary>Content-Length says the whole page; half of it is sent, then the connection is closed.</summary>
    public static Fault Truncated { get; } = new(FaultKind.Truncated);

    /// <summary>Status 200 and a Content-Length that matches, but the JSON is cut in the middle of the results.</summary>
    public static Fault CutJson { get; } = new(FaultKind.CutJson);

    /// <summary>The request is read and never answered (until the client gives up and closes the connection).</summary>
    public static Fault Hang { get; } = new(FaultKind.Hang);
}

internal enum FaultKind
{
    Status = 1,
    Truncated,
    CutJson,
    Hang,
}
