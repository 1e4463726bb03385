using System.CommandLine;
using ExpertGraph.Query;

namespace ExpertGraph.Cli.Commands;

internal static class QuarantineCommand
{
    public static Command Create(WorkspaceOptions workspaceOptions)
    {
        var limit = new Option<int>("--limit") { Description = "Entries to show", DefaultValueFactory = _ => 50 };
        var raw = new Option<bool>("--raw") { Description = "Show each record's raw text" };
        var command = new Command("quarantine", "Records that could not be read: file, position, reason") { limit, raw };
        command.SetAction(parse =>
        {
            using var workspace = workspaceOptions.Open(parse);
            var entries = workspace.Store.GetQuarantine(parse.GetValue(limit));
            foreach (var entry in entries)
            {
                var position = $"record {entry.RecordNumber}" + (entry.Line is { } line ? $", line {line}" : "") + (entry.ByteOffset is { } offset ? $", byte {offset}" : "");
                Console.Out.WriteLine($"{entry.FilePath}: {position}: {entry.Reason}");
                if (parse.GetValue(raw)) Console.Out.WriteLine("    " + entry.RawText.Replace("\n", "\n    ", StringComparison.Ordinal));
            }

            Console.Out.WriteLine($"{entries.Count} quarantined records shown");
            return 0;
        });
        return command;
    }
}
