using System.CommandLine;
using ExpertGraph.Cli.Commands;
using ExpertGraph.Core.Model;
using ExpertGraph.Query;

// The host wires commands; the work happens in ExpertGraph.Query and the layers below it.
var data = new Option<string?>("--data")
{
    Description = $"Data folder (store + index); default ${DataDirectory.EnvironmentVariable} or ./{DataDirectory.DefaultFolder}",
    Recursive = true,
};

var root = new RootCommand("ExpertGraph: expert knowledge-graph search over papers, patents and funded projects")
{
    IngestCommand.Create(data),
    SearchCommand.Create(data),
    PersonCommand.Create(data),
    QuarantineCommand.Create(data),
    StatsCommand.Create(data),
    RebuildIndexCommand.Create(data),
    BackupCommand.Create(data),
    RestoreCommand.Create(data),
    CheckCommand.Create(data),
};
root.Options.Add(data);

var parsed = root.Parse(args);
try
{
    return await parsed.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (ExpertGraphException ex)
{
    // Expected failures of a whole command (a store of another schema version, an unreadable data folder): one line.
    Console.Error.WriteLine("error: " + ex.Message);
    return 1;
}
catch (Exception ex) when (Workspace.ExplainFailure(ex, DataDirectory.Resolve(parsed.GetValue(data))) is { } explained)
{
    // The data folder failed under a command after it opened (a damaged page reached by a query): one line too.
    Console.Error.WriteLine("error: " + explained.Message);
    return 1;
}
