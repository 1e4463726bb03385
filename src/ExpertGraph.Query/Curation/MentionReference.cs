using System.Globalization;
using ExpertGraph.Core.Curation;
using ExpertGraph.Core.Model;

namespace ExpertGraph.Query.Curation;

/// <summary>
/// A mention as a curator names it: the work's source key as `persons show` prints it, '#', the author's position on
/// the work (<c>openalex:W2741809807#3</c>); the store's work id works too (<c>W12#3</c>).
/// </summary>
public static class MentionReference
{
    /// <summary>Parses and looks up <paramref name="text"/>; a malformed reference or an unknown work is a <see cref="CurationException"/> naming it.</summary>
    public static MentionRef Resolve(string text, Func<SourceKey, WorkId?> findWork)
    {
        ArgumentNullException.ThrowIfNull(findWork);
        var reference = text?.Trim() ?? "";
        var hash = reference.LastIndexOf('#');
        if (hash <= 0 || !int.TryParse(reference.AsSpan(hash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var position))
            throw new CurationException($"'{reference}' is not a mention: give <work>#<position>, as `expertgraph persons show` prints it (openalex:W2741809807#0)");
        var work = reference[..hash];
        var colon = work.IndexOf(':', StringComparison.Ordinal);
        if (colon > 0 && colon < work.Length - 1)
        {
            var key = new SourceKey(work[..colon], work[(colon + 1)..]);
            return new MentionRef(findWork(key) ?? throw new CurationException($"unknown work {key} (in mention '{reference}')"), position);
        }

        if (work.Length > 1 && (work[0] == 'W' || work[0] == 'w')
            && long.TryParse(work.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0)
        {
            return new MentionRef(new WorkId(id), position);
        }

        throw new CurationException($"'{reference}' is not a mention: the work must be a source key (openalex:W2741809807) or a work id (W12)");
    }
}
