using System.CommandLine;
using ExpertGraph.Core.Curation;
using ExpertGraph.Core.Model;

namespace ExpertGraph.Cli.Commands;

/// <summary>
/// <c>expertgraph persons merge|split|pin|log|show</c>: curator decisions on resolved persons, which persist, are logged
/// with who, when and why, and win over the resolver on every later ingest (docs/curation.md); <c>persons resolve</c>
/// and <c>persons flagged</c>: batch re-resolution and the persons it flagged (docs/resolution.md).
/// </summary>
internal static class PersonsCommand
{
    /// <summary>Who is curating when --curator is not given.</summary>
    public const string CuratorVariable = "EXPERTGRAPH_CURATOR";

    public static Command Create(WorkspaceOptions workspaceOptions)
    {
        var command = new Command("persons", "Curate resolved persons (merge, split, pin, log, show), re-resolve them with the model, list those flagged as conflated");
        command.Subcommands.Add(PersonsMergeCommand.Create(workspaceOptions));
        command.Subcommands.Add(PersonsSplitCommand.Create(workspaceOptions));
        command.Subcommands.Add(PersonsPinCommand.Create(workspaceOptions));
        command.Subcommands.Add(PersonsLogCommand.Create(workspaceOptions));
        command.Subcommands.Add(PersonsShowCommand.Create(workspaceOptions));
        command.Subcommands.Add(PersonsResolveCommand.Create(workspaceOptions));
        command.Subcommands.Add(PersonsFlaggedCommand.Create(workspaceOptions));
        return command;
    }

    public static Option<string?> ReasonOption() => new("--reason") { Description = "Why (required): kept in the curation log" };

    public static Option<string?> CuratorOption() => new("--curator") { Description = $"Who decides; default ${CuratorVariable}, else $USER" };

    /// <summary>The note of a decision; a missing reason or curator is a one-line error.</summary>
    public static CurationNote Note(ParseResult parse, Option<string?> reason, Option<string?> curator)
    {
        var who = parse.GetValue(curator) is { Length: > 0 } given ? given
            : Environment.GetEnvironmentVariable(CuratorVariable) is { Length: > 0 } configured ? configured
            : Environment.GetEnvironmentVariable("USER") ?? "";
        if (string.IsNullOrWhiteSpace(parse.GetValue(reason))) throw new CurationException("a curator decision needs a reason: give --reason \"…\"");
        if (string.IsNullOrWhiteSpace(who)) throw new CurationException($"who is curating? give --curator NAME or set ${CuratorVariable}");
        return new CurationNote(who.Trim(), parse.GetValue(reason)!.Trim());
    }

    public static PersonId Person(string? text) =>
        PersonId.TryParse(text, out var id) ? id : throw new CurationException($"'{text}' is not a person id (P12 or 12, as `expertgraph person` prints them)");
}
