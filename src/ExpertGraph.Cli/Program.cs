using System.CommandLine;
using ExpertGraph.Cli.Commands;
using ExpertGraph.Core.Model;
using ExpertGraph.Query;

// The host wires commands; the work happens in ExpertGraph.Query and the layers below it.
var workspace = new WorkspaceOptions();

var root = new RootCommand("ExpertGraph: expert knowledge-graph search over papers, patents and funded projects")
{
    IngestCommand.Create(workspace),
    HarvestCommand.Create(workspace),
    SearchCommand.Create(workspace),
    PersonCommand.Create(workspace),
    PersonsCommand.Create(workspace),
    QuarantineCommand.Create(workspace),
    StatsCommand.Create(workspace),
    RebuildIndexCommand.Create(workspace),
    BackupCommand.Create(workspace),
    RestoreCommand.Create(workspace),
    CheckCommand.Create(workspace),
    PathCommand.Create(workspace),
    GraphCommand.Create(workspace),
    ConflictsCommand.Create(workspace),
    ReviewersCommand.Create(workspace),
    LexiconCommand.Create(workspace),
    ResolutionCommand.Create(workspace),
    EvalCommand.Create(workspace),
    PeersCommand.Create(workspace),
    ShowCommand.Create(workspace),
    ServeCommand.Create(workspace),
    KeysCommand.Create(workspace),
    AuditCommand.Create(workspace),
    ShortlistCommand.Create(workspace),
    ExportCommand.Create(workspace),
    ReportCommand.Create(workspace),
    TrendsCommand.Create(workspace),
    FlowsCommand.Create(workspace),
};
root.Options.Add(workspace.Data);
root.Options.Add(workspace.Store);
root.Options.Add(workspace.Lexicon);

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
catch (Exception ex) when (Workspace.ExplainFailure(ex, workspace.Resolve(parsed)) is { } explained)
{
    // The data folder failed under a command after it opened (a damaged page reached by a query): one line too.
    Console.Error.WriteLine("error: " + explained.Message);
    return 1;
}
