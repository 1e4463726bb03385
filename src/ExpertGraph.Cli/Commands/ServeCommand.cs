using System.CommandLine;
using System.Globalization;
using ExpertGraph.Api;
using ExpertGraph.Query.Shortlists;
using Microsoft.Extensions.Hosting;

namespace ExpertGraph.Cli.Commands;

/// <summary><c>expertgraph serve [--urls http://127.0.0.1:5080] [--requests-per-minute N] [--max-body-kb N] [--base-url URL] [--import-root DIR]</c>: the HTTP API over the data folder (docs/api.md).</summary>
internal static class ServeCommand
{
    public static Command Create(WorkspaceOptions workspaceOptions)
    {
        var defaults = new ApiOptions();
        var urls = new Option<string>("--urls")
        {
            Description = "Where to listen, ';'-separated; loopback by default (put a TLS proxy in front before listening beyond the machine)",
            DefaultValueFactory = _ => ApiOptions.DefaultUrls,
        };
        var rate = new Option<int>("--requests-per-minute") { Description = "Requests each API key may make per minute (429 beyond)", DefaultValueFactory = _ => defaults.RequestsPerWindow };
        var body = new Option<int>("--max-body-kb") { Description = "Largest request body accepted, in KiB (413 beyond)", DefaultValueFactory = _ => (int)(defaults.MaxRequestBodyBytes / 1024) };
        var baseUrl = new Option<string?>("--base-url")
        {
            Description = $"Base URL of the profile links in shortlist exports (base + /persons/P12); default ${ShortlistExportOptions.BaseUrlVariable}, else this server's /api as each request reached it",
        };
        var importRoot = new Option<string?>("--import-root")
        {
            Description = "Folder whose files admins may ingest over HTTP (POST /api/ingest, paths relative to it, never outside); default: none, ingest over HTTP is off",
        };
        var command = new Command("serve", "Serve the HTTP API (search, persons, peers, paths, conflicts, reviewers, lexicon, shortlists, reports, exports, audit, curation, ingest with --import-root) with API keys, roles, audit log and rate limits")
        {
            urls, rate, body, baseUrl, importRoot,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var options = new ApiOptions
            {
                Urls = parse.GetValue(urls)!,
                RequestsPerWindow = parse.GetValue(rate),
                RateWindow = TimeSpan.FromMinutes(1),
                MaxRequestBodyBytes = 1024L * parse.GetValue(body),
                ProfileBaseUrl = parse.GetValue(baseUrl) is { Length: > 0 } url ? url
                    : Environment.GetEnvironmentVariable(ShortlistExportOptions.BaseUrlVariable) is { Length: > 0 } configured ? configured : null,
                ImportRoot = parse.GetValue(importRoot) is { Length: > 0 } root ? Path.GetFullPath(root) : null,
            };
            if (options.Validate() is { Count: > 0 } problems)
            {
                Console.Error.WriteLine("error: " + string.Join("; ", problems));
                return 2;
            }

            using var workspace = workspaceOptions.Open(parse);
            await using var app = ApiHost.Build(workspace, options);
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
            var active = workspace.ListApiKeys().Count(k => !k.IsRevoked);
            Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"serving {workspace.Directory.Root} at {string.Join(", ", app.Urls)}; {active} active API key(s){(active == 0 ? " — create one: expertgraph keys create --name NAME --role scout" : "")}; ingest over HTTP {(options.ImportRoot is { } from ? "from " + from : "off")}"));
            await app.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
            return 0;
        });
        return command;
    }
}
