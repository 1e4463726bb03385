using ExpertGraph.Core.Model;

namespace ExpertGraph.Graph;

/// <summary>What two persons share, as bits on an edge: an edge can carry several (co-authors who also co-invented).</summary>
[Flags]
public enum EdgeKinds : byte
{
    None = 0,
    Paper = 1,
    Patent = 2,
    Project = 4,
    Institution = 8,
    All = Paper | Patent | Project | Institution,
}

public static class EdgeKindNames
{
    /// <summary>The edge kind a shared work of this kind makes.</summary>
    public static EdgeKinds Of(WorkKind kind) => kind switch
    {
        WorkKind.Patent => EdgeKinds.Patent,
        WorkKind.Project => EdgeKinds.Project,
        _ => EdgeKinds.Paper,
    };

    /// <summary>Parses a comma-separated list such as "paper,patent" (names as printed by <see cref="Format"/>).</summary>
    public static EdgeKinds Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var kinds = EdgeKinds.None;
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            kinds |= part.ToUpperInvariant() switch
            {
                "PAPER" or "PAPERS" or "COAUTHOR" => EdgeKinds.Paper,
                "PATENT" or "PATENTS" or "COINVENTOR" => EdgeKinds.Patent,
                "PROJECT" or "PROJECTS" or "GRANT" or "COINVESTIGATOR" => EdgeKinds.Project,
                "INSTITUTION" or "COLLEAGUE" => EdgeKinds.Institution,
                "ALL" => EdgeKinds.All,
                _ => throw new ArgumentException($"unknown edge kind '{part}': use paper, patent, project, institution or all", nameof(text)),
            };
        }

        return kinds == EdgeKinds.None ? throw new ArgumentException("no edge kind given", nameof(text)) : kinds;
    }

    public static string Format(EdgeKinds kinds)
    {
        var names = new List<string>(4);
        if (kinds.HasFlag(EdgeKinds.Paper)) names.Add("paper");
        if (kinds.HasFlag(EdgeKinds.Patent)) names.Add("patent");
        if (kinds.HasFlag(EdgeKinds.Project)) names.Add("project");
        if (kinds.HasFlag(EdgeKinds.Institution)) names.Add("institution");
        return string.Join(',', names);
    }
}
