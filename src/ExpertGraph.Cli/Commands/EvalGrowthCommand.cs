using System.CommandLine;
using System.Globalization;
using ExpertGraph.Cli.Output;
using ExpertGraph.Query.Growth;
using ExpertGraph.Search.Growth;

namespace ExpertGraph.Cli.Commands;

/// <summary>
/// <c>expertgraph eval growth [--source store|csrankings] [--folder DIR] [--year T] [--horizon N] [--seed S] [--save-model DIR] [--format table|json]</c>:
/// the growth backtest (<see cref="GrowthBacktest"/>): features at T − N, targets at T, scored on held-out persons.
/// </summary>
internal static class EvalGrowthCommand
{
    public const string CsRankingsFolder = "graphs/csrankings";

    public static Command Create(WorkspaceOptions workspaceOptions)
    {
        var source = new Option<string>("--source") { Description = "store (the data folder's records) or csrankings (per-year counts of CS faculty)", DefaultValueFactory = _ => "store" };
        var folder = new Option<string?>("--folder") { Description = "The csrankings folder (default: the shared one)" };
        var year = new Option<int?>("--year") { Description = "T, the year targets are read at (default: the last year with at least half the works of the busiest)" };
        var horizon = new Option<int>("--horizon") { Description = "N, years from the cut-off to T", DefaultValueFactory = _ => 5 };
        var seed = new Option<int>("--seed") { Description = "Seed of the trees", DefaultValueFactory = _ => 1 };
        var saveModel = new Option<string?>("--save-model") { Description = "Save the models and their held-out figures in this folder (models/growth)" };
        var format = new Option<OutputFormat>("--format") { Description = "table or json", DefaultValueFactory = _ => OutputFormat.Table };
        var command = new Command("growth", "Backtest growth prediction: train at T-N, predict T, score held-out persons")
        {
            source, folder, year, horizon, seed, saveModel, format,
        };
        command.SetAction(parse =>
        {
            var kind = parse.GetValue(source);
            if (kind is not ("store" or "csrankings") || parse.GetValue(horizon) < 1)
            {
                Console.Error.WriteLine("error: --source is store or csrankings; --horizon is at least 1");
                return 2;
            }

            CareerHistory history;
            string data;
            if (kind == "csrankings")
            {
                var dir = parse.GetValue(folder) ?? SharedDataFolder.Find(CsRankingsFolder);
                if (dir is null)
                {
                    Console.Error.WriteLine($"error: no csrankings folder: give --folder, or put the shared data at ../shared/data/{CsRankingsFolder}");
                    return 2;
                }

                history = CsRankingsHistory.Read(dir);
                data = Describe("csrankings 2017 snapshot (top-venue papers per person and year, co-authors by year)", history);
            }
            else
            {
                using var workspace = workspaceOptions.Open(parse);
                history = workspace.LoadCareerHistory(CancellationToken.None);
                data = Describe("store " + workspace.Directory.Root, history);
            }

            var t = parse.GetValue(year) ?? history.LastCompleteYear();
            var result = GrowthBacktest.Run(history, t, parse.GetValue(horizon), parse.GetValue(seed));
            var commandLine = "expertgraph eval growth" + (kind == "csrankings" ? " --source csrankings" : "") +
                (parse.GetValue(year) is { } y ? string.Create(CultureInfo.InvariantCulture, $" --year {y}") : "") +
                (parse.GetValue(horizon) != 5 ? string.Create(CultureInfo.InvariantCulture, $" --horizon {parse.GetValue(horizon)}") : "") +
                (parse.GetValue(seed) != 1 ? string.Create(CultureInfo.InvariantCulture, $" --seed {parse.GetValue(seed)}") : "");
            var info = new GrowthModelInfo { Year = result.Year, Horizon = result.Horizon, Seed = result.Seed, Data = data, HeldOut = result.Targets, Command = commandLine };
            if (parse.GetValue(saveModel) is { } save)
            {
                new GrowthModelSet(result.Models, info with { Command = commandLine + " --save-model " + save }).Save(save);
                Console.Error.WriteLine($"saved the models and their figures in {save}");
            }

            foreach (var model in result.Models) model.Dispose();
            if (parse.GetValue(format) == OutputFormat.Json) Console.Out.WriteLine(GrowthModelSet.ToJson(info));
            else GrowthReportWriter.WriteBacktest(Console.Out, info, result.Cutoff);
            return 0;
        });
        return command;
    }

    private static string Describe(string what, CareerHistory history)
    {
        var (first, last) = history.YearSpan;
        var venues = history.VenueShare > 0 ? string.Create(CultureInfo.InvariantCulture, $", {history.VenueShare * 100:0}% naming a venue") : "";
        return string.Create(CultureInfo.InvariantCulture,
            $"{what}: {history.PersonCount:N0} persons, {history.EntryCount:N0} dated authorships, {first}–{last}, {history.CitationShare * 100:0}% of them with a citation count from their source{venues}");
    }
}
