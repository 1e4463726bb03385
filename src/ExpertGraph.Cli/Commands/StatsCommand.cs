using System.CommandLine;
using ExpertGraph.Query;
using ExpertGraph.Search.Indexing;

namespace ExpertGraph.Cli.Commands;

internal static class StatsCommand
{
    public static Command Create(WorkspaceOptions workspaceOptions)
    {
        var command = new Command("stats", "Row counts of the store and document counts of the index");
        command.SetAction(parse =>
        {
            using var workspace = workspaceOptions.Open(parse);
            var c = workspace.Store.Count();
            Console.Out.WriteLine($"works {c.Works}, persons {c.Persons}, institutions {c.Institutions}, authorships {c.Authorships}, collaborations {c.Collaborations}, quarantined {c.Quarantined}, files {c.Files}");
            var index = IndexStatistics.Read(workspace.Directory.IndexPath);
            Console.Out.WriteLine($"index: {index.Works} work documents, {index.Experts} expert documents");
            return 0;
        });
        return command;
    }
}
