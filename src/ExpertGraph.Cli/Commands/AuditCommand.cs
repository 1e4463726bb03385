using System.CommandLine;
using System.Globalization;
using ExpertGraph.Core.Storage;

namespace ExpertGraph.Cli.Commands;

/// <summary><c>expertgraph audit [--limit N] [--action search]</c>: the API's audit log, newest first.</summary>
internal static class AuditCommand
{
    public static Command Create(WorkspaceOptions workspaceOptions)
    {
        var limit = new Option<int>("--limit") { Description = "Number of rows", DefaultValueFactory = _ => 50 };
        var action = new Option<string?>("--action") { Description = "Only this action: search, person.lookup, person.profile, person.peers, path, conflicts, reviewers, curation.merge|split|pin" };
        var command = new Command("audit", "The API's audit log, newest first: when, which key (name, role), action, target, persons returned") { limit, action };
        command.SetAction(parse =>
        {
            if (parse.GetValue(limit) < 1)
            {
                Console.Error.WriteLine("error: --limit is at least 1");
                return 2;
            }

            using var workspace = workspaceOptions.Open(parse);
            var rows = workspace.ReadAudit(new AuditQuery(parse.GetValue(limit)) { Action = parse.GetValue(action) });
            foreach (var r in rows)
            {
                Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{KeysCommand.Time(r.At)}  key {r.KeyId} {r.KeyName} ({r.Role})  {r.Action}  {r.Target}  → {r.Persons} person(s)"));
            }

            Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{rows.Count} row(s)"));
            return 0;
        });
        return command;
    }
}
