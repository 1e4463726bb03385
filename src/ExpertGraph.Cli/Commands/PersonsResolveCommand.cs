using System.CommandLine;
using System.Globalization;

namespace ExpertGraph.Cli.Commands;

/// <summary>
/// <c>expertgraph persons resolve</c>: re-resolves every name block with the model (after a model change, or to redo
/// incremental decisions), keeping person ids where persons keep most of their mentions, and curator decisions always.
/// </summary>
internal static class PersonsResolveCommand
{
    public static Command Create(WorkspaceOptions workspaceOptions)
    {
        var command = new Command("resolve", "Re-resolve all persons with the model: ids kept where persons keep most of their mentions, curator decisions kept");
        command.SetAction((parse, cancellationToken) =>
        {
            using var workspace = workspaceOptions.Open(parse);
            var summary = workspace.ResolvePersons(new Progress<string>(Console.Error.WriteLine), cancellationToken);
            var c = CultureInfo.InvariantCulture;
            Console.Out.WriteLine(string.Create(c, $"blocks: {summary.Blocks} re-resolved, {summary.BlocksSkipped} left as they are (over {Resolution.Batch.BlockReResolver.MaxBlock} mentions; largest {summary.LargestSkipped})"));
            Console.Out.WriteLine(string.Create(c, $"mentions: {summary.Mentions} = {summary.MentionsKept} kept their person + {summary.MentionsMoved} moved"));
            Console.Out.WriteLine(string.Create(c,
                $"persons: {summary.PersonsBefore} before = {summary.PersonIdsKept} kept their id + {summary.PersonsRetired} retired (redirected to their successor); {summary.PersonsCreated} new"));
            Console.Out.WriteLine(string.Create(c, $"flagged for curators: {summary.PersonsFlagged} (expertgraph persons flagged)"));
            Console.Out.WriteLine(string.Create(c, $"time: {summary.Elapsed.TotalSeconds:0.0} s"));
            return Task.FromResult(0);
        });
        return command;
    }
}
