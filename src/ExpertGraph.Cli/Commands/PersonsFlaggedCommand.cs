using System.CommandLine;
using System.Globalization;

namespace ExpertGraph.Cli.Commands;

/// <summary><c>expertgraph persons flagged [--limit N]</c>: persons that look conflated, least confident first, with the evidence.</summary>
internal static class PersonsFlaggedCommand
{
    public static Command Create(WorkspaceOptions workspaceOptions)
    {
        var limit = new Option<int>("--limit") { Description = "Number of persons", DefaultValueFactory = _ => 50 };
        var command = new Command("flagged", "Persons that look like several people resolved as one, for curators: least confident first, with evidence") { limit };
        command.SetAction(parse =>
        {
            if (parse.GetValue(limit) < 1) throw new Core.Curation.CurationException("--limit must be at least 1");
            using var workspace = workspaceOptions.Open(parse);
            var persons = workspace.Store.GetFlaggedPersons(parse.GetValue(limit));
            foreach (var p in persons)
            {
                Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{p.Person} {p.DisplayName}  confidence {p.Confidence:0.00}  {p.Works} mentions"));
                foreach (var flag in p.Flags) Console.Out.WriteLine("  " + flag);
            }

            Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{persons.Count} flagged persons shown"));
            return 0;
        });
        return command;
    }
}
