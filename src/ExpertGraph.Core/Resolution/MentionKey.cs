using System.Globalization;
using ExpertGraph.Core.Model;

namespace ExpertGraph.Core.Resolution;

/// <summary>
/// The resolution key of a mention without hard ids: "mention:&lt;source&gt;:&lt;id&gt;#&lt;position&gt;", its place on its
/// work. Resolvers write it, curation and re-resolution move it with the mention.
/// </summary>
public static class MentionKey
{
    public const string Prefix = "mention:";

    public static string Of(SourceKey work, int position) =>
        Prefix + work.ToString() + "#" + position.ToString(CultureInfo.InvariantCulture);

    public static bool IsMentionKey(string key) => key.StartsWith(Prefix, StringComparison.Ordinal);
}
