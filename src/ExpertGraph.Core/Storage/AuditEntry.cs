namespace ExpertGraph.Core.Storage;

/// <summary>
/// One row of the audit log: who (the key's id, name and role; key 0 with the name "cli" for the command line), when,
/// what (an action such as "search" or "curation.merge"), on what (the query text or person ids), and how many persons
/// the answer carried. <see cref="Id"/> is 0 until stored.
/// </summary>
public sealed record AuditEntry(DateTimeOffset At, long KeyId, string KeyName, string Role, string Action, string Target, int Persons)
{
    public long Id { get; init; }
}
