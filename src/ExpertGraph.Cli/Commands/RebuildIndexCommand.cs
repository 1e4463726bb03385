using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using ExpertGraph.Cli.Output;
using ExpertGraph.Query;

namespace ExpertGraph.Cli.Commands;

internal static class RebuildIndexCommand
{
    public static Command Create(WorkspaceOptions workspaceOptions)
    {
        var command = new Command("rebuild-index", "Recreate the search index from the store alone (after damage, or to compact it); the old index stays until the new one is complete");
        command.SetAction((parse, cancellationToken) =>
        {
            using var workspace = workspaceOptions.Open(parse);
            Rebuild(workspace, Stopwatch.StartNew(), cancellationToken);
            return Task.FromResult(0);
        });
        return command;
    }

    /// <summary>Rebuilds the index with progress, then one line saying what was written (also the last step of `lexicon retag`).</summary>
    public static void Rebuild(Workspace workspace, Stopwatch clock, CancellationToken cancellationToken)
    {
        var rebuilt = workspace.RebuildIndex(new CountPrinter(Console.Out, "work documents written"), cancellationToken);
        Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"rebuilt {workspace.Directory.IndexPath}: {rebuilt.WorkDocuments:N0} work documents, {rebuilt.ExpertDocuments:N0} expert documents in {clock.Elapsed.TotalSeconds:F1} s"));
    }
}
