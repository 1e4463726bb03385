using System.CommandLine;
using ExpertGraph.Cli.Output;
using ExpertGraph.Search.Growth;

namespace ExpertGraph.Cli.Commands;

/// <summary>
/// <c>expertgraph trends --field F [--country CN] [--horizon 5] [--limit 20] [--seed 1] [--format table|json]</c>: rising
/// persons of a field and field momentum (<see cref="Query.Growth.TrendReport"/>).
/// </summary>
internal static class TrendsCommand
{
    public static Command Create(WorkspaceOptions workspaceOptions)
    {
        var field = new Option<string>("--field") { Description = "The field: a lexicon concept id or a discipline's label (a deeper concept stands for its disciplines)", Required = true };
        var country = new Option<string?>("--country") { Description = "Only persons whose institution at the year is in this country (ISO code)" };
        var horizon = new Option<int>("--horizon") { Description = "Years ahead", DefaultValueFactory = _ => 5 };
        var limit = new Option<int>("--limit") { Description = "Rising persons listed", DefaultValueFactory = _ => 20 };
        var seed = new Option<int>("--seed") { Description = "Seed of the trees", DefaultValueFactory = _ => 1 };
        var format = new Option<OutputFormat>("--format") { Description = "table or json", DefaultValueFactory = _ => OutputFormat.Table };
        var command = new Command("trends", "Rising persons of a field (predicted growth against field peers) and field momentum") { field, country, horizon, limit, seed, format };
        command.SetAction(parse =>
        {
            if (parse.GetValue(horizon) < 1 || parse.GetValue(limit) < 1)
            {
                Console.Error.WriteLine("error: --horizon and --limit are at least 1");
                return 2;
            }

            using var workspace = workspaceOptions.Open(parse);
            var history = workspace.LoadCareerHistory(CancellationToken.None);
            var report = workspace.GetTrends(history, workspace.ResolveFields(parse.GetValue(field)!), parse.GetValue(country)?.ToUpperInvariant(),
                parse.GetValue(horizon), parse.GetValue(limit), parse.GetValue(seed));
            if (parse.GetValue(format) == OutputFormat.Json) Console.Out.WriteLine(GrowthModelSet.ToJson(report));
            else GrowthReportWriter.WriteTrends(Console.Out, report);
            return 0;
        });
        return command;
    }
}
