using System.CommandLine;

namespace ExpertGraph.Cli.Commands;

/// <summary><c>expertgraph persons merge &lt;target&gt; &lt;source&gt;... --reason TEXT [--curator NAME]</c>.</summary>
internal static class PersonsMergeCommand
{
    public static Command Create(WorkspaceOptions workspaceOptions)
    {
        var target = new Argument<string>("target") { Description = "The person that stays (P12)" };
        var sources = new Argument<string[]>("source") { Description = "Persons merged into the target; they are removed and redirected to it", Arity = ArgumentArity.OneOrMore };
        var reason = PersonsCommand.ReasonOption();
        var curator = PersonsCommand.CuratorOption();
        var command = new Command("merge", "Merge persons into one: their works, names and keys move to the target") { target, sources, reason, curator };
        command.SetAction(parse =>
        {
            var note = PersonsCommand.Note(parse, reason, curator);
            var into = PersonsCommand.Person(parse.GetValue(target));
            var merged = PersonIdList.Parse(parse.GetValue(sources) ?? [], "persons to merge");
            using var workspace = workspaceOptions.Open(parse);
            var result = workspace.MergePersons(into, merged, note);
            Console.Out.WriteLine($"merged {string.Join(", ", merged)} into {into}; {result.WorksReindexed} works re-indexed");
            return 0;
        });
        return command;
    }
}
