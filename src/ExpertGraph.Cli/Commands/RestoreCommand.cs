using System.CommandLine;
using System.Globalization;
using ExpertGraph.Query;

namespace ExpertGraph.Cli.Commands;

internal static class RestoreCommand
{
    public static Command Create(WorkspaceOptions workspaceOptions)
    {
        var source = new Argument<string>("backup") { Description = "A backup folder or .tar file written by expertgraph backup" };
        var command = new Command("restore", "Replace the data folder's store and index with a backup, after verifying every file of it") { source };
        command.SetAction(parse =>
        {
            var directory = workspaceOptions.Resolve(parse);
            var manifest = Workspace.Restore(directory, parse.GetValue(source)!);
            var what = manifest.Store is { } store
                ? $"store: {store.Works:N0} works, {store.Persons:N0} persons; "
                : "index only (the store was not touched: restore it first, e.g. pg_restore); ";
            Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"restored {directory.Root} from the backup of {manifest.CreatedAt:u}: {what}index: {manifest.Index.Works:N0} work and {manifest.Index.Experts:N0} expert documents"));
            return 0;
        });
        return command;
    }
}
