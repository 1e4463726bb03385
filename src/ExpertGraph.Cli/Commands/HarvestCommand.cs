using System.CommandLine;
using System.Globalization;
using ExpertGraph.Cli.Output;
using ExpertGraph.Ingestion.Harvesting;
using ExpertGraph.Ingestion.Pipeline;

namespace ExpertGraph.Cli.Commands;

internal static class HarvestCommand
{
    public const string MailtoVariable = "EXPERTGRAPH_MAILTO";
    public const string OpenAlexKeyVariable = "OPENALEX_API_KEY";

    private const string Description = """
        Fetch works from the OpenAlex or Crossref API into a folder of JSON pages, to ingest with `expertgraph ingest DIR`
        (or --ingest). Pages through /works with the API's cursor (OpenAlex: search=, filter=, per-page, cursor=*, then
        meta.next_cursor; Crossref: query=, filter=, rows, cursor=*, then message.next-cursor). Each page is saved as
        page-NNNNNN.json, and the harvest state (.harvest-state.json: query, cursor, pages and records saved) after
        each: a run that stopped or was killed resumes where it stood when given the same command, without fetching or
        saving any page twice; a finished harvest is not fetched again; another query in the same folder is refused.
        --since: OpenAlex from_publication_date (its from_updated_date needs a premium key), Crossref from-update-date.
        Polite: a contact address (--mailto or $EXPERTGRAPH_MAILTO) goes in OpenAlex's mailto= and the User-Agent
        "ExpertGraph/version (mailto:...)"; requests are paced (--requests-per-second; default 8 for OpenAlex, 5 for
        Crossref); 408, 429, 5xx, timeouts and cut answers are retried with exponential backoff and jitter, or after
        the server's Retry-After. $OPENALEX_API_KEY, when set, is sent as api_key=.
        Crossref cursors expire minutes after their last use: a Crossref harvest stopped longer than that cannot resume
        (start it again in a new folder).
        Example: expertgraph harvest openalex --query "graph neural networks" --since 2024-01-01 --mailto me@example.org --ingest
        """;

    public static Command Create(WorkspaceOptions workspaceOptions)
    {
        var source = new Argument<string>("source") { Description = "The API: openalex or crossref" };
        source.AcceptOnlyFromAmong("openalex", "crossref");
        var query = new Option<string?>("--query") { Description = "Full-text search (OpenAlex search=, Crossref query=)" };
        var filter = new Option<string?>("--filter") { Description = "The API's own filter expression, passed through (e.g. OpenAlex type:article, Crossref type:journal-article)" };
        var since = new Option<string?>("--since") { Description = "Only works since yyyy-MM-dd (OpenAlex: published since; Crossref: deposited or updated since)" };
        var output = new Option<string?>("--out") { Description = "Folder for the pages and the state; default ./harvest/<source>-<query words>[-since-<date>]" };
        var maxRecords = new Option<long?>("--max-records") { Description = "Stop once this many records are saved (whole pages; a later run with a larger limit goes on)" };
        var mailto = new Option<string?>("--mailto") { Description = $"Contact e-mail for the APIs' polite pools; default ${MailtoVariable}" };
        var baseUrl = new Option<string?>("--base-url") { Description = "Another server of the same API (a mirror, a test server); /works is appended" };
        var pageSize = new Option<int>("--page-size") { Description = "Records per page (OpenAlex at most 200, Crossref at most 1000)", DefaultValueFactory = _ => 200 };
        var rate = new Option<double?>("--requests-per-second") { Description = "Requests per second at most, retries included; default 8 (OpenAlex) or 5 (Crossref)" };
        var attempts = new Option<int>("--max-attempts") { Description = "Tries per page before the harvest stops (it resumes when run again)", DefaultValueFactory = _ => 6 };
        var timeout = new Option<int>("--timeout") { Description = "Seconds one try has for the whole answer", DefaultValueFactory = _ => 60 };
        var ingest = new Option<bool>("--ingest") { Description = "Ingest the folder's pages into the data folder afterwards, as `expertgraph ingest DIR` does" };
        var command = new Command("harvest", Description) { source, query, filter, since, output, maxRecords, mailto, baseUrl, pageSize, rate, attempts, timeout, ingest };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var harvestSource = parse.GetValue(source) == "crossref" ? HarvestSource.Crossref : HarvestSource.OpenAlex;
            DateOnly? day = null;
            if (parse.GetValue(since) is { } sinceText)
            {
                if (!DateOnly.TryParseExact(sinceText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                {
                    await Console.Error.WriteLineAsync($"error: --since must be a day as yyyy-MM-dd, was '{sinceText}'");
                    return 2;
                }

                day = parsed;
            }

            Uri? server = null;
            if (parse.GetValue(baseUrl) is { } urlText && !Uri.TryCreate(urlText, UriKind.Absolute, out server))
            {
                await Console.Error.WriteLineAsync($"error: --base-url must be an absolute URL, was '{urlText}'");
                return 2;
            }

            var contact = parse.GetValue(mailto) ?? NonEmpty(Environment.GetEnvironmentVariable(MailtoVariable));
            var options = new HarvestOptions
            {
                Source = harvestSource,
                Query = parse.GetValue(query),
                Filter = parse.GetValue(filter),
                Since = day,
                OutputFolder = parse.GetValue(output) ?? Path.Combine("harvest", HarvestOptions.DefaultFolderName(harvestSource, parse.GetValue(query), parse.GetValue(filter), day)),
                MaxRecords = parse.GetValue(maxRecords),
                Mailto = contact,
                ApiKey = harvestSource == HarvestSource.OpenAlex ? NonEmpty(Environment.GetEnvironmentVariable(OpenAlexKeyVariable)) : null,
                BaseUrl = server,
                PageSize = parse.GetValue(pageSize),
                RequestsPerSecond = parse.GetValue(rate),
                MaxAttempts = parse.GetValue(attempts),
                AttemptTimeout = TimeSpan.FromSeconds(parse.GetValue(timeout)),
            };
            try
            {
                options.Validate();
            }
            catch (ArgumentException ex)
            {
                await Console.Error.WriteLineAsync("error: " + ex.Message);
                return 2;
            }

            if (contact is null)
                await Console.Error.WriteLineAsync($"warning: no contact address (--mailto or ${MailtoVariable}): requests go to the API's common pool, which is slower and limited harder");

            using var http = Harvester.CreateHttpClient();
            var harvester = new Harvester(options, http, TimeProvider.System, Console.Error.WriteLine);
            HarvestSummary summary;
            try
            {
                summary = await harvester.RunAsync(cancellationToken);
            }
            catch (HarvestException ex)
            {
                await Console.Error.WriteLineAsync("error: " + ex.Message);
                return 1;
            }

            HarvestSummaryPrinter.Print(Console.Out, summary);
            if (!parse.GetValue(ingest)) return 0;
            return await IngestCommand.RunAsync(workspaceOptions, parse, [summary.Folder], new IngestionOptions(), cancellationToken);
        });
        return command;
    }

    private static string? NonEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
