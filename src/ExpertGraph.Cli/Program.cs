using System.CommandLine;
using ExpertGraph.Cli.Commands;
using ExpertGraph.Core.Model;

// The host wires commands; the work happens in ExpertGraph.Query and the layers below it.
var workspace = new WorkspaceOptions();

var root = new RootCommand("ExpertGraph: expert knowledge-graph search over papers, patents and funded projects")
{
    IngestCommand.Create(workspace),
    SearchCommand.Create(workspace),
    PersonCommand.Create(workspace),
    QuarantineCommand.Create(workspace),
    StatsCommand.Create(workspace),
    RebuildIndexCommand.Create(workspace),
};
root.Options.Add(workspace.Data);
root.Options.Add(workspace.Store);

try
{
    return await root.Parse(args).InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (ExpertGraphException ex)
{
    // Expected failures of a whole command (a store of another schema version, an unreadable data folder): one line.
    Console.Error.WriteLine("error: " + ex.Message);
    return 1;
}
