using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using ExpertGraph.Cli.Output;
using ExpertGraph.Core.Model;
using ExpertGraph.Resolution.Evaluation;
using ExpertGraph.Resolution.Gold;
using ExpertGraph.Resolution.Model;

namespace ExpertGraph.Cli.Commands;

/// <summary>
/// <c>expertgraph resolution train [--gold DIR] [--out DIR]</c>: trains the author-resolution model on the training side
/// of the gold sets (seeded, one thread: the same files give the same model) and writes pairwise.zip and model.json,
/// with the held-out scores, to the output folder (models/resolution in the repository is the shipped one).
/// </summary>
internal static class ResolutionCommand
{
    public static Command Create(WorkspaceOptions workspaceOptions)
    {
        var gold = new Option<string?>("--gold")
        {
            Description = "The gold sets folder (default: $EXPERTGRAPH_SHARED_DATA/disambiguation, else shared/data/disambiguation above the current folder)",
        };
        var output = new Option<string>("--out") { Description = "Folder to write the model to", DefaultValueFactory = _ => Path.Combine("models", "resolution") };
        var train = new Command("train", "Train the author-resolution model on the gold sets and record its held-out scores") { gold, output };
        train.SetAction(parse =>
        {
            var folder = GoldFolder(parse.GetValue(gold));
            var clock = Stopwatch.StartNew();
            var sets = GoldSetReader.Read(folder);
            var profiler = ResolutionProfiler.Create(parse.GetValue(workspaceOptions.Lexicon));
            var (model, heldOut) = ResolutionBenchmark.Train(sets, profiler, log: line => Console.Error.WriteLine(line));
            var outFolder = parse.GetValue(output)!;
            model.Save(outFolder);
            ResolutionReportWriter.WriteTable(Console.Out, heldOut, model, names: false);
            Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"wrote {Path.Combine(outFolder, ResolutionModel.ModelFile)} and {ResolutionModel.InfoFile} in {clock.Elapsed.TotalSeconds:0.0} s"));
            return 0;
        });

        var command = new Command("resolution", "Train the author-resolution model");
        command.Subcommands.Add(train);
        return command;
    }

    public static string GoldFolder(string? given)
    {
        var folder = given ?? SharedDataFolder.Find("disambiguation")
            ?? throw new ExpertGraphException("no gold sets: pass the folder or set EXPERTGRAPH_SHARED_DATA");
        if (!Directory.Exists(folder) && !File.Exists(folder)) throw new ExpertGraphException($"{folder}: no such gold set folder or file");
        return folder;
    }
}
