namespace ExpertGraph.Query.Exports;

/// <summary>What a Neo4j export wrote: each file with its row count, and relationships left out for naming a person no longer stored.</summary>
public sealed record Neo4jExport(IReadOnlyList<Neo4jFile> Files, long SkippedRelationships);
