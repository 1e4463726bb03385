using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using ExpertGraph.Cli.Output;

namespace ExpertGraph.Cli.Commands;

/// <summary>
/// `lexicon retag`: after a new lexicon build or new mined terms, tags every stored work again, rebuilds the person
/// profiles, and rebuilds the index so its concept fields follow.
/// </summary>
internal static class LexiconRetagCommand
{
    public static Command Create(WorkspaceOptions workspaceOptions)
    {
        var command = new Command("retag", "Tag every stored work again with the current lexicon, then rebuild person profiles and the index");
        command.SetAction((parse, cancellationToken) =>
        {
            using var workspace = workspaceOptions.Open(parse);
            var clock = Stopwatch.StartNew();
            var retag = workspace.RetagWorks(new CountPrinter(Console.Out, "works tagged"), cancellationToken);
            Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"tagged {retag.Works:N0} works ({retag.Tagged:N0} with concepts, {retag.Changed:N0} changed) in {clock.Elapsed.TotalSeconds:F1} s"));
            RebuildIndexCommand.Rebuild(workspace, clock, cancellationToken);
            return Task.FromResult(0);
        });
        return command;
    }
}
