using System.CommandLine;
using System.Globalization;
using ExpertGraph.Core.Storage;

namespace ExpertGraph.Cli.Commands;

/// <summary><c>expertgraph shortlist list [NAME]</c>: every list with its size and note, or one list's persons in order.</summary>
internal static class ShortlistListCommand
{
    public static Command Create(WorkspaceOptions workspaceOptions)
    {
        var name = new Argument<string?>("name") { Description = "A shortlist: list its persons (default: every list)", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("list", "List the shortlists, or one shortlist's persons") { name };
        command.SetAction(parse =>
        {
            using var workspace = workspaceOptions.Open(parse);
            if (parse.GetValue(name) is not { } one)
            {
                foreach (var list in workspace.GetShortlists())
                    Console.Out.WriteLine($"{list.Name}  {list.Entries.Count} person(s)  created {Date(list.CreatedAt)}{(list.Note is { } n ? "  " + n : "")}");
                return 0;
            }

            if (workspace.GetShortlist(one) is not { } shortlist)
            {
                Console.Error.WriteLine($"error: no shortlist is named '{one.Trim()}'");
                return 2;
            }

            Console.Out.WriteLine($"{shortlist.Name}{(shortlist.Note is { } note ? "  " + note : "")}");
            var persons = workspace.Store.GetPersons([.. shortlist.Entries.Select(e => e.Person)]).ToDictionary(p => p.Id);
            foreach (var entry in shortlist.Entries)
            {
                var person = persons.GetValueOrDefault(entry.Person);
                var where = person?.Institution is { } institution ? $"  {institution}{(person.CountryCode is { } c ? $" ({c})" : "")}" : "";
                Console.Out.WriteLine($"  {entry.Position,3}  {entry.Person,-9} {person?.DisplayName ?? "?"}{where}{(entry.Note is { } n ? "  — " + n : "")}");
            }

            return 0;
        });
        return command;
    }

    private static string Date(DateTimeOffset at) => at.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
