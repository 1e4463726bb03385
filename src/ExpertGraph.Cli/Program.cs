using System.CommandLine;
using ExpertGraph.Cli.Commands;
using ExpertGraph.Core.Model;

// The host wires commands; the work happens in ExpertGraph.Query and the layers below it.
var data = new Option<string?>("--data")
{
    Description = $"Data folder (store + index); default ${ExpertGraph.Query.DataDirectory.EnvironmentVariable} or ./{ExpertGraph.Query.DataDirectory.DefaultFolder}",
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
};
root.Options.Add(data);

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
