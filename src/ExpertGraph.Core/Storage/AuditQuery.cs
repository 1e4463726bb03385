namespace ExpertGraph.Core.Storage;

/// <summary>Which audit rows to read, newest first: at most <see cref="Limit"/>, of one key (by id) and of one action when given.</summary>
public sealed record AuditQuery(int Limit)
{
    public long? KeyId { get; init; }

    public string? Action { get; init; }
}
