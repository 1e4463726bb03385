using System.CommandLine;
using System.Globalization;
using ExpertGraph.Query;

namespace ExpertGraph.Cli.Commands;

internal static class BackupCommand
{
    public static Command Create(WorkspaceOptions workspaceOptions)
    {
        var target = new Argument<string>("target") { Description = "A new folder, or a file ending in .tar; never overwritten" };
        var indexOnly = new Option<bool>("--index-only") { Description = "Only the search index (a PostgreSQL store is backed up with pg_dump)" };
        var command = new Command("backup", "Copy the store and the index as one consistent, verified snapshot with a manifest") { target, indexOnly };
        command.SetAction(parse =>
        {
            using var workspace = workspaceOptions.Open(parse);
            var manifest = workspace.Backup(parse.GetValue(target)!, parse.GetValue(indexOnly));
            var what = manifest.Store is { } store ? $"store: {store.Works:N0} works, {store.Persons:N0} persons; " : "index only; ";
            Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"backup written to {Path.GetFullPath(parse.GetValue(target)!)}: {what}index: {manifest.Index.Works:N0} work and {manifest.Index.Experts:N0} expert documents; {manifest.Files.Count} files, {manifest.Files.Sum(f => f.Size):N0} bytes"));
            return 0;
        });
        return command;
    }
}
