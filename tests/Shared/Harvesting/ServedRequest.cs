namespace ExpertGraph.Tests.Shared.Harvesting;

/// <summary>One request the replay server received, and what it answered.</summary>
internal sealed record ServedRequest(string PathAndQuery, IReadOnlyDictionary<string, string> Query, string? UserAgent, string? Cursor, FaultKind? Fault)
{
    public bool ServedPage => Fault is null;
}
