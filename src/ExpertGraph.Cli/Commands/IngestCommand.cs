using System.CommandLine;
using ExpertGraph.Cli.Output;
using ExpertGraph.Core.Model;
using ExpertGraph.Ingestion.Pipeline;
using ExpertGraph.Ingestion.Reading;
using ExpertGraph.Query;

namespace ExpertGraph.Cli.Commands;

internal static class IngestCommand
{
    public static Command Create(WorkspaceOptions workspaceOptions)
    {
        var paths = new Argument<string[]>("paths") { Description = "Files or folders of records (formats are detected by content)", Arity = ArgumentArity.OneOrMore };
        var force = new Option<bool>("--force") { Description = "Read files again even if they were ingested before unchanged" };
        var batch = new Option<int>("--batch-size") { Description = "Records per store transaction", DefaultValueFactory = _ => new IngestionOptions().BatchSize };
        var checkpoint = new Option<int>("--checkpoint-records")
        {
            Description = "Records between checkpoints of completed files (an index commit each); smaller loses less work to a crash, larger is faster",
            DefaultValueFactory = _ => new IngestionOptions().CheckpointRecords,
        };
        var retries = new Option<int>("--store-retries")
        {
            Description = "Tries again after a transient store failure (server restart, lost connection), with backoff, before the run stops",
            DefaultValueFactory = _ => new IngestionOptions().StoreRetryAttempts,
        };
        var lockTimeout = new Option<int>("--lock-timeout")
        {
            Description = "Seconds to wait for another ingest of the same data folder to finish before giving up (0: do not wait)",
            DefaultValueFactory = _ => (int)new IngestionOptions().LockTimeout.TotalSeconds,
        };
        var resolver = new Option<ResolverKind>("--resolver")
        {
            Description = "How author mentions become persons: model (the trained resolver, per name block) or exact (hard ids and exact name at exact institution only)",
            DefaultValueFactory = _ => new IngestionOptions().Resolver,
        };
        var resolverCache = new Option<int>("--resolver-cache")
        {
            Description = "Mentions the model resolver keeps in memory, about 1.2 KB each (1M by default); fewer use less memory and read more name blocks again from the store",
            DefaultValueFactory = _ => new IngestionOptions().ResolverCacheMentions,
        };
        var encoding = new Option<string?>("--encoding")
        {
            Description = "Text encoding of the input files when detection gets it wrong (utf-8, utf-16, gb18030, gbk, latin1, windows-1252, ...); default: detected per file",
        };
        var command = new Command("ingest", "Read records into the store and the index (idempotent, resumable)") { paths, force, batch, checkpoint, retries, lockTimeout, resolver, resolverCache, encoding };
        command.SetAction(async (parse, cancellationToken) =>
        {
            IngestionOptions options;
            try
            {
                options = new IngestionOptions
                {
                    Force = parse.GetValue(force),
                    BatchSize = parse.GetValue(batch),
                    CheckpointRecords = parse.GetValue(checkpoint),
                    StoreRetryAttempts = parse.GetValue(retries),
                    LockTimeout = TimeSpan.FromSeconds(parse.GetValue(lockTimeout)),
                    Resolver = parse.GetValue(resolver),
                    ResolverCacheMentions = parse.GetValue(resolverCache),
                    Encoding = parse.GetValue(encoding) is { } name ? TextEncodingDetector.FromName(name) : null,
                };
                options.Validate();
            }
            catch (ArgumentException ex)
            {
                await Console.Error.WriteLineAsync("error: " + ex.Message);
                return 2;
            }

            return await RunAsync(workspaceOptions, parse, parse.GetValue(paths)!, options, cancellationToken);
        });
        return command;
    }

    /// <summary>Ingests <paramref name="paths"/> with the summary and exit code of the ingest command (harvest --ingest uses it too).</summary>
    public static async Task<int> RunAsync(WorkspaceOptions workspaceOptions, ParseResult parse, string[] paths, IngestionOptions options, CancellationToken cancellationToken)
    {
        using var workspace = workspaceOptions.Open(parse);
        if (workspace.Lexicon is null)
            Console.Error.WriteLine("warning: no lexicon installed: works are stored without concept tags (see --lexicon)");
        else if (workspace.TagsFromAnotherLexicon)
            Console.Error.WriteLine("warning: the stored works were tagged with another lexicon; new works get the current one's tags; run `expertgraph lexicon retag` to tag all alike");
        using var progress = new ProgressPrinter(Console.Out, Console.IsOutputRedirected);
        using var collection = BatchGarbageCollection.Enter();
        IngestionSummary summary;
        try
        {
            summary = await workspace.IngestAsync(paths, options, progress, Console.Error.WriteLine, cancellationToken);
        }
        catch (FileNotFoundException ex)
        {
            progress.Finish();
            await Console.Error.WriteLineAsync("error: " + ex.Message);
            return 2;
        }
        catch (ExpertGraphException ex)
        {
            // The run stopped (the store failed, for instance); what was committed stays, and a rerun resumes.
            // Data folder failures name their own fix.
            progress.Finish();
            var hint = ex is DataFolderException or IndexDamagedException ? "" : " (run the same command again to resume)";
            await Console.Error.WriteLineAsync("error: " + ex.Message + hint);
            return 1;
        }

        progress.Finish();
        SummaryPrinter.Print(Console.Out, summary, workspace.Directory);
        // Unknown or failed files the user named explicitly make the exit code non-zero; the rest still ran.
        var failed = summary.Files.Any(f => f.Outcome is FileOutcome.Failed or FileOutcome.UnknownFormat);
        return failed ? 3 : 0;
    }
}
