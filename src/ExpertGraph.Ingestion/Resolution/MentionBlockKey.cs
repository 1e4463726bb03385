using ExpertGraph.Core.Names;

namespace ExpertGraph.Ingestion.Resolution;

/// <summary>
/// The name block of a mention as stored with its authorship: the blocking key of its raw name, read as the mention
/// profiler reads it (so the store's blocks are the resolver's), or null when the raw name is no personal name.
/// </summary>
public static class MentionBlockKey
{
    public static string? Of(PersonNameKeys names, string rawName)
    {
        ArgumentNullException.ThrowIfNull(names);
        if (!PersonNameParser.TryParse(rawName, out var name)) return null;
        var blocking = names.KeyOf(name).Blocking;
        return blocking.Length == 0 ? null : blocking;
    }
}
