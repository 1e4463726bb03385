using System.CommandLine;
using ExpertGraph.Cli.Output;
using ExpertGraph.Query;
using ExpertGraph.Search.Growth;

namespace ExpertGraph.Cli.Commands;

/// <summary>
/// <c>expertgraph flows [--field F] [--country CN] [--period 5] [--institutions 20] [--format table|json]</c>: moves between countries
/// and institutions over years, from dated affiliations (<see cref="Query.Growth.FlowSummary"/>).
/// </summary>
internal static class FlowsCommand
{
    public static Command Create(WorkspaceOptions workspaceOptions)
    {
        var field = new Option<string?>("--field") { Description = "Only persons of this field (a lexicon concept id or a discipline's label); default: everyone" };
        var country = new Option<string?>("--country") { Description = "Only moves from or to this country (ISO code)" };
        var period = new Option<int>("--period") { Description = "Years per period of the country table", DefaultValueFactory = _ => 5 };
        var institutions = new Option<int>("--institutions") { Description = "Institution pairs listed", DefaultValueFactory = _ => 20 };
        var format = new Option<OutputFormat>("--format") { Description = "table or json", DefaultValueFactory = _ => OutputFormat.Table };
        var command = new Command("flows", "Moves between countries and institutions over years, from dated affiliations") { field, country, period, institutions, format };
        command.SetAction(parse =>
        {
            if (parse.GetValue(period) < 1 || parse.GetValue(institutions) < 0)
            {
                Console.Error.WriteLine("error: --period is at least 1, --institutions at least 0");
                return 2;
            }

            using var workspace = workspaceOptions.Open(parse);
            var history = workspace.LoadCareerHistory(CancellationToken.None);
            var fields = parse.GetValue(field) is { } text ? workspace.ResolveFields(text) : null;
            var flows = Workspace.GetFlows(history, fields, parse.GetValue(period), parse.GetValue(institutions), parse.GetValue(country)?.ToUpperInvariant());
            if (parse.GetValue(format) == OutputFormat.Json) Console.Out.WriteLine(GrowthModelSet.ToJson(flows));
            else GrowthReportWriter.WriteFlows(Console.Out, flows);
            return 0;
        });
        return command;
    }
}
