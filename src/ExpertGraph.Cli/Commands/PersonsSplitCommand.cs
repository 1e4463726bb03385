using System.CommandLine;

namespace ExpertGraph.Cli.Commands;

/// <summary><c>expertgraph persons split &lt;person&gt; --mentions &lt;work&gt;#&lt;position&gt;[,...] --reason TEXT</c>.</summary>
internal static class PersonsSplitCommand
{
    public static Command Create(WorkspaceOptions workspaceOptions)
    {
        var person = new Argument<string>("person") { Description = "The person to split (P12)" };
        var mentions = new Option<string[]>("--mentions")
        {
            Description = "Mentions that go to a new person, as `persons show` prints them: openalex:W2741809807#0[,…]",
            AllowMultipleArgumentsPerToken = true,
        };
        var reason = PersonsCommand.ReasonOption();
        var curator = PersonsCommand.CuratorOption();
        var command = new Command("split", "Move mentions of a person to a new person, pinned there and kept apart from the first") { person, mentions, reason, curator };
        command.SetAction(parse =>
        {
            var note = PersonsCommand.Note(parse, reason, curator);
            var from = PersonsCommand.Person(parse.GetValue(person));
            var references = (parse.GetValue(mentions) ?? []).SelectMany(m => m.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
            if (references.Count == 0) throw new Core.Curation.CurationException("a split needs the mentions that move: --mentions <work>#<position>[,…]");
            using var workspace = workspaceOptions.Open(parse);
            var moved = references.Select(workspace.ResolveMention).ToList();
            var result = workspace.SplitPerson(from, moved, note);
            Console.Out.WriteLine($"moved {moved.Count} mentions of {from} to new person {result.Person}; {result.WorksReindexed} works re-indexed");
            return 0;
        });
        return command;
    }
}
