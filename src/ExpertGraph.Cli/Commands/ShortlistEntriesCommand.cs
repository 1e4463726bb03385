using System.CommandLine;

namespace ExpertGraph.Cli.Commands;

/// <summary><c>expertgraph shortlist add NAME &lt;person&gt;… [--note TEXT]</c> and <c>shortlist remove NAME &lt;person&gt;…</c>.</summary>
internal static class ShortlistEntriesCommand
{
    public static Command Add(WorkspaceOptions workspaceOptions)
    {
        var name = ShortlistCommand.NameArgument();
        var persons = PersonsArgument("Persons to add at the end of the list (P12, 12, comma-separated or @file)");
        var note = ShortlistCommand.NoteOption("A note on these persons (replaces the note of one already listed)");
        var command = new Command("add", "Add persons to a shortlist, in the order given") { name, persons, note };
        command.SetAction(parse =>
        {
            var ids = PersonIdList.Parse(parse.GetValue(persons) ?? [], "persons");
            using var workspace = workspaceOptions.Open(parse);
            var added = workspace.AddToShortlist(parse.GetValue(name)!, ids, parse.GetValue(note));
            Console.Out.WriteLine($"added {added} of {ids.Distinct().Count()} to '{parse.GetValue(name)!.Trim()}' ({ids.Distinct().Count() - added} already listed)");
            return 0;
        });
        return command;
    }

    public static Command Remove(WorkspaceOptions workspaceOptions)
    {
        var name = ShortlistCommand.NameArgument();
        var persons = PersonsArgument("Persons to take off the list");
        var command = new Command("remove", "Take persons off a shortlist") { name, persons };
        command.SetAction(parse =>
        {
            var ids = PersonIdList.Parse(parse.GetValue(persons) ?? [], "persons");
            using var workspace = workspaceOptions.Open(parse);
            var removed = workspace.RemoveFromShortlist(parse.GetValue(name)!, ids);
            Console.Out.WriteLine($"removed {removed} from '{parse.GetValue(name)!.Trim()}'");
            return 0;
        });
        return command;
    }

    private static Argument<string[]> PersonsArgument(string description) => new("person") { Description = description, Arity = ArgumentArity.OneOrMore };
}
