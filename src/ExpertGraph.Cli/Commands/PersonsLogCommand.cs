using System.CommandLine;
using System.Globalization;

namespace ExpertGraph.Cli.Commands;

/// <summary><c>expertgraph persons log [&lt;person&gt;] [--limit N]</c>: curator decisions, newest first.</summary>
internal static class PersonsLogCommand
{
    public static Command Create(WorkspaceOptions workspaceOptions)
    {
        var person = new Argument<string?>("person") { Description = "Only decisions about this person (and persons merged into it)", Arity = ArgumentArity.ZeroOrOne };
        var limit = new Option<int>("--limit") { Description = "Number of decisions", DefaultValueFactory = _ => 50 };
        var command = new Command("log", "Curator decisions, newest first: when, who, what, why") { person, limit };
        command.SetAction(parse =>
        {
            if (parse.GetValue(limit) < 1) throw new Core.Curation.CurationException("--limit must be at least 1");
            var about = parse.GetValue(person) is { } text ? PersonsCommand.Person(text) : (Core.Model.PersonId?)null;
            using var workspace = workspaceOptions.Open(parse);
            var entries = workspace.Store.GetCurationLog(about, parse.GetValue(limit));
            foreach (var e in entries)
            {
                Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"#{e.Id} {e.At.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss'Z'} {e.Curator} {e.Action.ToString().ToLowerInvariant()} {e.Detail} — {e.Reason}"));
            }

            Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{entries.Count} decisions{(about is { } p ? $" about {p}" : "")}"));
            return 0;
        });
        return command;
    }
}
