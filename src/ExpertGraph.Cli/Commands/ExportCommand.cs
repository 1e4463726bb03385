using System.CommandLine;
using System.Globalization;
using ExpertGraph.Cli.Output;

namespace ExpertGraph.Cli.Commands;

/// <summary>
/// <c>expertgraph export neo4j --out DIR</c> (neo4j-admin import CSVs, README.txt with the command, import.cypher) and
/// <c>expertgraph export graphml [--out FILE]</c> (the co-authorship network for Gephi); docs/exports.md.
/// </summary>
internal static class ExportCommand
{
    public static Command Create(WorkspaceOptions workspaceOptions)
    {
        var command = new Command("export", "Export the graph for Neo4j (import CSVs) or Gephi (GraphML)");
        command.Subcommands.Add(Neo4j(workspaceOptions));
        command.Subcommands.Add(GraphMl(workspaceOptions));
        return command;
    }

    private static Command Neo4j(WorkspaceOptions workspaceOptions)
    {
        var output = new Option<string>("--out") { Description = "Folder to write the CSVs, README.txt and import.cypher to (created if missing)", Required = true };
        var command = new Command("neo4j", "Write neo4j-admin import CSVs (persons, works, institutions, concepts and their relationships)") { output };
        command.SetAction((parse, cancellationToken) =>
        {
            using var workspace = workspaceOptions.Open(parse);
            var folder = parse.GetValue(output)!;
            var export = workspace.ExportNeo4j(folder, cancellationToken);
            foreach (var file in export.Files)
                Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{file.Name,-18} {file.Rows,10} {(file.Nodes ? "nodes" : "relationships")} {file.Label}"));
            if (export.SkippedRelationships > 0)
                Console.Out.WriteLine($"left out {export.SkippedRelationships} relationship(s) naming persons no longer stored: run `expertgraph rebuild-index` or ingest to rebuild derived tables");
            Console.Out.WriteLine($"wrote {folder}; see {Path.Combine(folder, "README.txt")} for the neo4j-admin command");
            return Task.FromResult(0);
        });
        return command;
    }

    private static Command GraphMl(WorkspaceOptions workspaceOptions)
    {
        var output = new Option<string?>("--out") { Description = "GraphML file to write (default: standard output)" };
        var command = new Command("graphml", "Write the co-authorship network as GraphML (persons with attributes, edges weighted by shared works)") { output };
        command.SetAction((parse, cancellationToken) =>
        {
            using var workspace = workspaceOptions.Open(parse);
            using var stream = OutputFile.Open(parse.GetValue(output));
            var (nodes, edges) = workspace.ExportGraphMl(stream, cancellationToken);
            if (parse.GetValue(output) is { } path) Console.Error.WriteLine($"wrote {nodes} persons and {edges} co-author edges to {path}");
            return Task.FromResult(0);
        });
        return command;
    }
}
