namespace ExpertGraph.Query.Exports;

/// <summary>
/// One file of a Neo4j export: its name, whether it holds nodes (of <see cref="Label"/>) or relationships (of type
/// <see cref="Label"/>), its typed header, and the rows written.
/// </summary>
public sealed record Neo4jFile(string Name, bool Nodes, string Label, IReadOnlyList<string> Header)
{
    public long Rows { get; init; }
}
