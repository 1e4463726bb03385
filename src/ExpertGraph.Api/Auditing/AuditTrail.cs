using ExpertGraph.Api.Security;
using ExpertGraph.Core.Storage;
using ExpertGraph.Query;
using ExpertGraph.Query.Access;

namespace ExpertGraph.Api.Auditing;

/// <summary>
/// Writes who did what through the API into the store's audit log: the key (id, name, role), the time of the API's
/// clock, the action, its target (query text or person ids, cut at <see cref="MaxTarget"/> characters) and how many
/// persons the answer carried.
/// </summary>
public sealed class AuditTrail(Workspace workspace, TimeProvider time)
{
    public const int MaxTarget = 500;

    public void Record(HttpContext context, string action, string target, int persons) => Record(ApiCaller.Of(context), action, target, persons);

    /// <summary>A row for work a request started that ends after its answer (an ingest job), in the name of who started it.</summary>
    public void Record(ApiCaller caller, string action, string target, int persons)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var text = target.Length <= MaxTarget ? target : target[..(MaxTarget - 1)] + "…";
        workspace.Audit(new AuditEntry(time.GetUtcNow(), caller.KeyId, caller.Name, ApiRoles.Name(caller.Role), action, text, persons));
    }
}
