using System.CommandLine;
using System.Globalization;
using ExpertGraph.Core.Model;
using ExpertGraph.Query.Access;

namespace ExpertGraph.Cli.Commands;

/// <summary>
/// <c>expertgraph keys create --name NAME --role ROLE | list | revoke &lt;prefix or id&gt;</c>: the API's keys. A key is
/// printed once, when created; the store keeps only its SHA-256 hash and its visible prefix.
/// </summary>
internal static class KeysCommand
{
    public static Command Create(WorkspaceOptions workspaceOptions)
    {
        var command = new Command("keys", "API keys with roles for expertgraph serve: create (prints the key once), list, revoke");
        command.Subcommands.Add(CreateKey(workspaceOptions));
        command.Subcommands.Add(List(workspaceOptions));
        command.Subcommands.Add(Revoke(workspaceOptions));
        return command;
    }

    private static Command CreateKey(WorkspaceOptions workspaceOptions)
    {
        var name = new Option<string>("--name") { Description = "Who or what uses the key (kept in the audit log)", Required = true };
        var role = new Option<string>("--role") { Description = $"What the key may do: {ApiRoles.Names}", Required = true };
        var command = new Command("create", "Create a key and print it once: keep it, it cannot be shown again") { name, role };
        command.SetAction(parse =>
        {
            if (!ApiRoles.TryParse(parse.GetValue(role), out var parsed))
                throw new ExpertGraphException($"--role '{parse.GetValue(role)}' is none of {ApiRoles.Names}");
            using var workspace = workspaceOptions.Open(parse);
            var created = workspace.CreateApiKey(parse.GetValue(name)!, parsed, TimeProvider.System);
            Console.Out.WriteLine(created.Key);
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"key {created.Stored.Id} ({created.Stored.Prefix}…) for {created.Stored.Name}, role {created.Stored.Role}: shown this once; send it as the X-Api-Key header"));
            return 0;
        });
        return command;
    }

    private static Command List(WorkspaceOptions workspaceOptions)
    {
        var command = new Command("list", "Every key: id, prefix, name, role, created, revoked (never the key)");
        command.SetAction(parse =>
        {
            using var workspace = workspaceOptions.Open(parse);
            var keys = workspace.ListApiKeys();
            foreach (var k in keys)
            {
                var state = k.RevokedAt is { } at ? "revoked " + Time(at) : "active";
                Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{k.Id,4}  {k.Prefix}…  {k.Role,-16}  {k.Name}  created {Time(k.CreatedAt)}  {state}"));
            }

            Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{keys.Count} key(s), {keys.Count(k => !k.IsRevoked)} active"));
            return 0;
        });
        return command;
    }

    private static Command Revoke(WorkspaceOptions workspaceOptions)
    {
        var key = new Argument<string>("key") { Description = "The key's id or its prefix, as keys list shows them" };
        var command = new Command("revoke", "Revoke a key: the API refuses it from the next request on") { key };
        command.SetAction(parse =>
        {
            using var workspace = workspaceOptions.Open(parse);
            var revoked = workspace.RevokeApiKey(parse.GetValue(key)!, TimeProvider.System);
            Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"revoked key {revoked.Id} ({revoked.Prefix}…, {revoked.Name}, {revoked.Role})"));
            return 0;
        });
        return command;
    }

    internal static string Time(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
