using System.CommandLine;
using ExpertGraph.Core.Model;
using ExpertGraph.Query;

namespace ExpertGraph.Cli.Commands;

internal static class PersonCommand
{
    public static Command Create(WorkspaceOptions workspaceOptions)
    {
        var text = new Argument<string>("name") { Description = "A name, optionally with an institution: \"Wei Zhang Tsinghua\", \"王威 南开大学\"" };
        var limit = new Option<int>("--limit") { Description = "Number of persons", DefaultValueFactory = _ => 20 };
        var command = new Command("person", "Find persons by name (any written form) and institution") { text, limit };
        command.SetAction(parse =>
        {
            var query = parse.GetValue(text);
            if (string.IsNullOrWhiteSpace(query) || parse.GetValue(limit) < 1)
            {
                Console.Error.WriteLine("error: give a name and a limit of at least 1");
                return 2;
            }

            using var workspace = workspaceOptions.Open(parse);
            try
            {
                var persons = workspace.FindPersons(query, parse.GetValue(limit));
                foreach (var (p, strongest) in persons)
                {
                    var where = string.Join(", ", new[] { p.Institution, p.CountryCode }.Where(s => !string.IsNullOrEmpty(s)));
                    var years = p.FirstYear is { } first ? $", {first}–{p.LastYear}" : "";
                    Console.Out.WriteLine($"{p.Id,-9} {p.DisplayName}{(where.Length > 0 ? " — " + where : "")}  ({p.WorkCount} works{years})");
                    if (strongest.Count > 0) Console.Out.WriteLine("          fields: " + string.Join("; ", strongest));
                }

                Console.Out.WriteLine($"{persons.Count} persons for \"{query}\"");
                return 0;
            }
            // No index yet is a usage problem (exit 2); a damaged one is a failure (exit 1, reported by Program).
            catch (ExpertGraphException ex) when (ex is not IndexDamagedException)
            {
                Console.Error.WriteLine("error: " + ex.Message);
                return 2;
            }
        });
        return command;
    }
}
