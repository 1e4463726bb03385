using System.CommandLine;

namespace ExpertGraph.Cli.Commands;

/// <summary>
/// <c>expertgraph shortlist create|add|remove|delete|list|export</c>: named lists of persons an analyst keeps for a lab
/// or a position, with a note per person, exported as CSV or XLSX (docs/exports.md).
/// </summary>
internal static class ShortlistCommand
{
    public static Command Create(WorkspaceOptions workspaceOptions)
    {
        var command = new Command("shortlist", "Named lists of persons for a lab or position, with notes; export as CSV or XLSX");
        command.Subcommands.Add(CreateList(workspaceOptions));
        command.Subcommands.Add(ShortlistEntriesCommand.Add(workspaceOptions));
        command.Subcommands.Add(ShortlistEntriesCommand.Remove(workspaceOptions));
        command.Subcommands.Add(DeleteList(workspaceOptions));
        command.Subcommands.Add(ShortlistListCommand.Create(workspaceOptions));
        command.Subcommands.Add(ShortlistExportCommand.Create(workspaceOptions));
        return command;
    }

    public static Argument<string> NameArgument() => new("name") { Description = "The shortlist's name" };

    public static Option<string?> NoteOption(string description) => new("--note") { Description = description };

    private static Command CreateList(WorkspaceOptions workspaceOptions)
    {
        var name = NameArgument();
        var note = NoteOption("What the list is for");
        var command = new Command("create", "Create an empty shortlist") { name, note };
        command.SetAction(parse =>
        {
            using var workspace = workspaceOptions.Open(parse);
            if (!workspace.CreateShortlist(parse.GetValue(name)!, parse.GetValue(note)))
            {
                Console.Error.WriteLine($"error: a shortlist named '{parse.GetValue(name)!.Trim()}' exists");
                return 2;
            }

            Console.Out.WriteLine($"created shortlist '{parse.GetValue(name)!.Trim()}'");
            return 0;
        });
        return command;
    }

    private static Command DeleteList(WorkspaceOptions workspaceOptions)
    {
        var name = NameArgument();
        var command = new Command("delete", "Delete a shortlist and its entries") { name };
        command.SetAction(parse =>
        {
            using var workspace = workspaceOptions.Open(parse);
            if (!workspace.DeleteShortlist(parse.GetValue(name)!))
            {
                Console.Error.WriteLine($"error: no shortlist is named '{parse.GetValue(name)!.Trim()}'");
                return 2;
            }

            Console.Out.WriteLine($"deleted shortlist '{parse.GetValue(name)!.Trim()}'");
            return 0;
        });
        return command;
    }
}
