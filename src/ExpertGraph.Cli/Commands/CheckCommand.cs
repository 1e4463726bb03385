using System.CommandLine;
using ExpertGraph.Query;

namespace ExpertGraph.Cli.Commands;

internal static class CheckCommand
{
    public static Command Create(WorkspaceOptions workspaceOptions)
    {
        var command = new Command("check", "Read the whole store and index against their checksums and integrity rules (slow: reads everything)");
        command.SetAction(parse =>
        {
            using var workspace = workspaceOptions.Open(parse);
            var problems = workspace.Check();
            foreach (var problem in problems) Console.Error.WriteLine("error: " + problem);
            if (problems.Count == 0) Console.Out.WriteLine($"{workspace.Directory.Root}: store and index are sound");
            return problems.Count == 0 ? 0 : 1;
        });
        return command;
    }
}
