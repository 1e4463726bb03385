using System.CommandLine;
using ExpertGraph.Cli.Commands;

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
    QuarantineCommand.Create(data),
    StatsCommand.Create(data),
};
root.Options.Add(data);

return await root.Parse(args).InvokeAsync();
