using System.Diagnostics;
using System.Globalization;
using ExpertGraph.Core.Model;
using ExpertGraph.Core.Storage;
using ExpertGraph.Ingestion.Normalization;
using ExpertGraph.Ingestion.Pipeline;
using ExpertGraph.Ingestion.Reading;
using ExpertGraph.Query;
using ExpertGraph.Search.Indexing;

namespace ExpertGraph.Benchmarks.Scale;

/// <summary>
/// One measured phase, run in its own process so its peak RSS is its own: "parse" (the readers alone, the floor any
/// ingest pays), "ingest" (end to end: parse → normalize → resolve → SQLite + Lucene, derived tables included; the model
/// resolver), "ingest-exact" (the same with the exact-key resolver, the peer that isolates resolution's cost) or
/// "derived" (the derived-table rebuild alone, over an ingested data folder), "semantic" (the semantic index built from
/// an ingested data folder; ingest ends with it), "facts" (the person facts built from an ingested data folder, the
/// step after it), "index" (the read stage and the ingest's Lucene writer, without a store:
/// what parsing and indexing alone cost, the floor under the ingest's time with any store and resolver).
/// Prints machine-readable lines: the phase's own (phase, records, seconds, records/s, CPU seconds of all threads, peak
/// RSS bytes), and for the ingest
/// phases before it INGEST (the summary's counts and timings), STORE (row counts) and GC (collections, pauses, bytes allocated).
/// </summary>
internal static class ScalePhase
{
    /// <summary>Mentions the model resolver may cache in the ingest phases (<see cref="IngestionOptions.ResolverCacheMentions"/>); unset: the default.</summary>
    public const string ResolverCacheVariable = "SCALE_RESOLVER_CACHE";

    /// <summary>Records per store transaction in the ingest phases (<see cref="IngestionOptions.BatchSize"/>); unset: the default.</summary>
    public const string BatchSizeVariable = "SCALE_BATCH_SIZE";

    /// <summary>Batches each pipeline channel holds in the ingest phases (<see cref="IngestionOptions.ChannelCapacity"/>); unset: the default.</summary>
    public const string ChannelCapacityVariable = "SCALE_CHANNEL_CAPACITY";

    /// <summary>"1": the ingest phases keep background garbage collections (the CLI's ingest runs without: <see cref="BatchGarbageCollection"/>).</summary>
    public const string BackgroundGcVariable = "SCALE_BACKGROUND_GC";

    public static async Task<int> RunAsync(string phase, string input, string? data)
    {
        var clock = Stopwatch.StartNew();
        long records;
        switch (phase)
        {
            case "parse":
                records = Parse(input, prepare: false);
                break;
            case "prepare":
                records = Parse(input, prepare: true);
                break;
            case "index":
                records = Index(input, data ?? throw new ArgumentException("index needs a data folder"));
                break;
            case "derived":
                records = Derived(input);
                break;
            case "semantic":
                records = Semantic(input);
                break;
            case "facts":
                records = Facts(input);
                break;
            case "ingest":
                records = await Ingest(input, data ?? throw new ArgumentException("ingest needs a data folder"), ResolverKind.Model).ConfigureAwait(false);
                break;
            case "ingest-exact":
                records = await Ingest(input, data ?? throw new ArgumentException("ingest needs a data folder"), ResolverKind.Exact).ConfigureAwait(false);
                break;
            default:
                Console.Error.WriteLine($"unknown phase {phase}");
                return 2;
        }

        clock.Stop();
        Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"PHASE {phase} records={records} seconds={clock.Elapsed.TotalSeconds:F2} rate={records / clock.Elapsed.TotalSeconds:F0} cpu_seconds={Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds:F2} peak_rss={PeakMemory.PeakRssBytes()}"));
        return 0;
    }

    /// <summary>The readers alone, or with <paramref name="prepare"/> also the normalize stage and content hash (the whole read stage).</summary>
    private static long Parse(string input, bool prepare)
    {
        var detector = new FormatDetector(RecordReaders.CreateDefault());
        var normalizer = new WorkNormalizer(new CountryResolver());
        long records = 0;
        foreach (var file in InputFiles.Expand([input]))
        {
            var reader = detector.TryDetect(file.Path);
            if (reader is null) continue;
            using var stream = File.OpenRead(file.Path);
            foreach (var result in reader.Read(stream, file.Path))
            {
                if (result.Outcome != ReadOutcome.Record) continue;
                records++;
                if (prepare && normalizer.Normalize(result.Work!, out _) is { } work) WorkContentHash.Compute(work);
            }
        }

        return records;
    }

    /// <summary>
    /// The read stage (readers, normalization, content hash) and the works' documents written by the ingest's own
    /// <see cref="LuceneIndexWriter"/> into <paramref name="data"/>/index, committed at the end, on one thread as the
    /// pipeline's index stage runs. Work ids count up from 1 and each author stands for a person of its own: documents of
    /// the same shape as an ingest writes, without a store.
    /// </summary>
    private static long Index(string input, string data)
    {
        var detector = new FormatDetector(RecordReaders.CreateDefault());
        var normalizer = new WorkNormalizer(new CountryResolver());
        Directory.CreateDirectory(data);
        using var writer = new LuceneIndexWriter(Path.Combine(data, "index"), acceptUncommitted: true);
        long records = 0, nextPerson = 0;
        foreach (var file in InputFiles.Expand([input]))
        {
            var reader = detector.TryDetect(file.Path);
            if (reader is null) continue;
            using var stream = File.OpenRead(file.Path);
            foreach (var result in reader.Read(stream, file.Path))
            {
                if (result.Outcome != ReadOutcome.Record || normalizer.Normalize(result.Work!, out _) is not { } work) continue;
                WorkContentHash.Compute(work);
                records++;
                var persons = work.Authors.Select(_ => new PersonId(++nextPerson)).ToList();
                var countries = work.AffiliationCountryCodes();
                writer.IndexWork(new WorkId(records), work, persons, countries);
            }
        }

        writer.Commit();
        return records;
    }

    /// <summary>Rebuilds the derived tables (collaborations, person statistics) of an ingested data folder.</summary>
    private static long Derived(string data)
    {
        using var workspace = Workspace.Open(DataDirectory.Resolve(data));
        var rebuild = Stopwatch.StartNew();
        workspace.Store.RebuildDerived(new DerivedTablesOptions());
        rebuild.Stop();
        var counts = workspace.Store.Count();
        Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"STORE works={counts.Works} authorships={counts.Authorships} collaborations={counts.Collaborations} rebuild_seconds={rebuild.Elapsed.TotalSeconds:F2}"));
        return counts.Works;
    }

    /// <summary>The semantic index built from an ingested data folder's store (its cache removed first), as ingest ends with.</summary>
    private static long Semantic(string data)
    {
        using var workspace = Workspace.Open(DataDirectory.Resolve(data));
        if (File.Exists(workspace.Directory.SemanticIndexPath)) File.Delete(workspace.Directory.SemanticIndexPath);
        var (index, _) = workspace.LoadSemanticIndex(CancellationToken.None);
        Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"SEMANTIC works={index?.WorkCount} persons={index?.PersonCount} dimensions={index?.Space.Dimensions} terms={index?.Space.Terms.Length} fitted={index?.Space.FittedWorks} file_bytes={new FileInfo(workspace.Directory.SemanticIndexPath).Length}"));
        return index?.WorkCount ?? 0;
    }

    /// <summary>The person facts built from an ingested data folder's store (its cache removed first), as ingest ends with.</summary>
    private static long Facts(string data)
    {
        using var workspace = Workspace.Open(DataDirectory.Resolve(data));
        if (File.Exists(workspace.Directory.PersonFactsPath)) File.Delete(workspace.Directory.PersonFactsPath);
        var (facts, _) = workspace.LoadPersonFacts(CancellationToken.None);
        Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"FACTS persons={facts.PersonCount} works={facts.AuthorshipCount} file_bytes={new FileInfo(workspace.Directory.PersonFactsPath).Length}"));
        return facts.PersonCount;
    }

    private static async Task<long> Ingest(string input, string data, ResolverKind resolver)
    {
        using var workspace = Workspace.Open(DataDirectory.Resolve(data));
        var options = new IngestionOptions { Resolver = resolver };
        if (Environment.GetEnvironmentVariable(ResolverCacheVariable) is { Length: > 0 } cache)
            options = options with { ResolverCacheMentions = int.Parse(cache, CultureInfo.InvariantCulture) };
        if (Environment.GetEnvironmentVariable(BatchSizeVariable) is { Length: > 0 } batch)
            options = options with { BatchSize = int.Parse(batch, CultureInfo.InvariantCulture) };
        if (Environment.GetEnvironmentVariable(ChannelCapacityVariable) is { Length: > 0 } capacity)
            options = options with { ChannelCapacity = int.Parse(capacity, CultureInfo.InvariantCulture) };
        // As the CLI's ingest runs; SCALE_BACKGROUND_GC=1 keeps background collections, to measure what batch mode changes.
        using var collection = Environment.GetEnvironmentVariable(BackgroundGcVariable) == "1" ? null : BatchGarbageCollection.Enter();
        var summary = await workspace.IngestAsync([input], options, progress: null, CancellationToken.None).ConfigureAwait(false);
        Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"INGEST read={summary.Records.Read} inserted={summary.Records.Inserted} quarantined={summary.Records.Quarantined} derived_seconds={summary.DerivedRebuild.TotalSeconds:F2} experts_seconds={summary.ExpertDocuments.TotalSeconds:F2} pipeline_seconds={(summary.Elapsed - summary.DerivedRebuild).TotalSeconds:F2} semantic_seconds={summary.SemanticIndex.TotalSeconds:F2} facts_seconds={summary.PersonFacts.TotalSeconds:F2} mentions={summary.MentionsResolved} resolution_seconds={summary.Resolution.TotalSeconds:F2} mentions_per_second={summary.MentionsPerSecond:F0}"));
        var counts = workspace.Store.Count();
        Console.Out.WriteLine($"STORE works={counts.Works} persons={counts.Persons} authorships={counts.Authorships} collaborations={counts.Collaborations}");
        WriteGarbageCollection();
        return summary.Records.Read;
    }

    /// <summary>What the garbage collector cost the process: collections per generation, pauses, bytes allocated.</summary>
    private static void WriteGarbageCollection() =>
        Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"GC gen0={GC.CollectionCount(0)} gen1={GC.CollectionCount(1)} gen2={GC.CollectionCount(2)} pause_seconds={GC.GetTotalPauseDuration().TotalSeconds:F2} allocated_gb={GC.GetTotalAllocatedBytes() / 1e9:F1} server={System.Runtime.GCSettings.IsServerGC}"));
}
