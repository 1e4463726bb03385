using System.CommandLine;
using ExpertGraph.Cli.Output;
using ExpertGraph.Resolution.Evaluation;
using ExpertGraph.Resolution.Gold;
using ExpertGraph.Resolution.Model;

namespace ExpertGraph.Cli.Commands;

/// <summary>
/// <c>expertgraph eval resolution [GOLD] [--model DIR] [--names] [--format table|json] [--assign | --anomalies] [--training-side]</c>: clusters the
/// held-out side of the gold sets with the model (the shipped one by default) and prints pairwise and B-cubed precision,
/// recall and F1, per set and, with --names, per name; with --assign, measures how new mentions are assigned to
/// existing persons instead (<see cref="AssignmentEvaluation"/>); with --anomalies, how the conflation signs fare
/// (<see cref="ConflationEvaluation"/>).
/// </summary>
internal static class EvalCommand
{
    public static Command Create(WorkspaceOptions workspaceOptions)
    {
        var gold = new Argument<string?>("gold-set")
        {
            Description = "A gold set folder or file, or the whole disambiguation folder (default: the shared one)",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var model = new Option<string?>("--model") { Description = $"Resolution model folder (default ${ResolutionModel.EnvironmentVariable}, else the shipped model)" };
        var names = new Option<bool>("--names") { Description = "Also print the scores of every held-out name" };
        var format = new Option<OutputFormat>("--format") { Description = "table or json", DefaultValueFactory = _ => OutputFormat.Table };
        var assign = new Option<bool>("--assign")
        {
            Description = "Measure the incremental mode instead: the older 80% of each held-out block are the existing persons, the newer 20% are assigned one by one",
        };
        var anomalies = new Option<bool>("--anomalies")
        {
            Description = "Measure the conflation signs instead: false alarms on true persons, catches on names resolved as one person",
        };
        var training = new Option<bool>("--training-side")
        {
            Description = "Score the training side of the split instead of the held-out one (to see how far training and held-out scores differ)",
        };
        var resolution = new Command("resolution", "Score author resolution on the held-out side of real gold sets") { gold, model, names, format, assign, anomalies, training };
        resolution.SetAction(parse =>
        {
            var sets = GoldSetReader.Read(ResolutionCommand.GoldFolder(parse.GetValue(gold)));
            if (parse.GetValue(anomalies))
            {
                var prepared = PreparedGold.Prepare(sets, ResolutionProfiler.Create(parse.GetValue(workspaceOptions.Lexicon)));
                ResolutionReportWriter.WriteConflation(Console.Out, ConflationEvaluation.Evaluate(prepared, heldOut: !parse.GetValue(training)));
                return 0;
            }

            var loaded = ResolutionModel.Load(parse.GetValue(model));
            var profiler = ResolutionProfiler.Create(parse.GetValue(workspaceOptions.Lexicon));
            if (parse.GetValue(assign))
            {
                ResolutionReportWriter.WriteAssignment(Console.Out, ResolutionBenchmark.EvaluateAssignment(loaded, sets, profiler, heldOut: !parse.GetValue(training)), loaded);
                return 0;
            }

            var evaluations = ResolutionBenchmark.Evaluate(loaded, sets, profiler, heldOut: !parse.GetValue(training));
            if (parse.GetValue(format) == OutputFormat.Json) ResolutionReportWriter.WriteJson(Console.Out, evaluations, loaded, parse.GetValue(names));
            else ResolutionReportWriter.WriteTable(Console.Out, evaluations, loaded, parse.GetValue(names));
            foreach (var note in sets.SelectMany(s => s.Notes.Select(n => $"{s.Name}: {n}"))) Console.Error.WriteLine("note: " + note);
            return 0;
        });

        var command = new Command("eval", "Measure ExpertGraph against real gold standards");
        command.Subcommands.Add(resolution);
        command.Subcommands.Add(EvalRankingCommand.Create(workspaceOptions));
        command.Subcommands.Add(EvalGrowthCommand.Create(workspaceOptions));
        return command;
    }
}
