using System.CommandLine;

namespace ExpertGraph.Cli.Commands;

/// <summary><c>expertgraph lexicon …</c>: the 9-level bilingual lexicon (lexicon/README.md). One line per subcommand.</summary>
internal static class LexiconCommand
{
    public static Command Create(WorkspaceOptions workspaceOptions)
    {
        var command = new Command("lexicon", "Build and inspect the bilingual concept lexicon");
        command.Subcommands.Add(LexiconBuildCommand.Create());
        command.Subcommands.Add(LexiconShowCommand.Create(workspaceOptions));
        command.Subcommands.Add(LexiconMineCommand.Create(workspaceOptions));
        command.Subcommands.Add(LexiconRetagCommand.Create(workspaceOptions));
        return command;
    }
}
