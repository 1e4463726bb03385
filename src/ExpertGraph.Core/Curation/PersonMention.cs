using ExpertGraph.Core.Model;

namespace ExpertGraph.Core.Curation;

/// <summary>
/// A stored author mention with what a curator needs to name it: the work's source key (<c>openalex:W123#2</c> names
/// position 2 of that work), the name as written, the work's title and year, and whether a curator pinned it.
/// </summary>
public sealed record PersonMention(MentionRef Mention, SourceKey WorkKey, PersonId Person, string RawName, string Title, int? Year)
{
    public bool Pinned { get; init; }

    /// <summary>How the CLI names the mention: the work's source key, '#', the position.</summary>
    public string Reference => $"{WorkKey}#{Mention.Position.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
}
