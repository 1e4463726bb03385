using System.CommandLine;

namespace ExpertGraph.Cli.Commands;

/// <summary><c>expertgraph persons pin &lt;work&gt;#&lt;position&gt; &lt;person&gt; --reason TEXT</c>.</summary>
internal static class PersonsPinCommand
{
    public static Command Create(WorkspaceOptions workspaceOptions)
    {
        var mention = new Argument<string>("mention") { Description = "The mention, as `persons show` prints it: openalex:W2741809807#0" };
        var person = new Argument<string>("person") { Description = "The person it is (P12)" };
        var reason = PersonsCommand.ReasonOption();
        var curator = PersonsCommand.CuratorOption();
        var command = new Command("pin", "Say which person a mention is, for every later run") { mention, person, reason, curator };
        command.SetAction(parse =>
        {
            var note = PersonsCommand.Note(parse, reason, curator);
            var to = PersonsCommand.Person(parse.GetValue(person));
            using var workspace = workspaceOptions.Open(parse);
            var pinned = workspace.ResolveMention(parse.GetValue(mention)!);
            workspace.PinMention(pinned, to, note);
            Console.Out.WriteLine($"pinned {parse.GetValue(mention)!.Trim()} on {to}");
            return 0;
        });
        return command;
    }
}
