using ExpertGraph.Core.Model;
using ExpertGraph.Query;

namespace ExpertGraph.Api.Endpoints;

/// <summary>Whether persons a request names exist, and for one merged away, which person it now is.</summary>
internal static class PersonChecks
{
    public static UnknownPersonException? Unknown(Workspace workspace, PersonId person) =>
        workspace.Store.GetPersons([person]).Count > 0 ? null : new UnknownPersonException(person, workspace.Store.RedirectOf(person));

    /// <summary>"unknown person P9; person P4 was merged into P3: use P3" for every one of <paramref name="persons"/> the store does not have.</summary>
    public static string? Describe(Workspace workspace, IEnumerable<PersonId> persons)
    {
        var messages = persons.Distinct().Select(p => Unknown(workspace, p)).OfType<UnknownPersonException>().Select(e => e.Message).ToList();
        return messages.Count == 0 ? null : string.Join("; ", messages);
    }
}
