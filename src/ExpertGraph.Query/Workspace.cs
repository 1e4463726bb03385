using System.Diagnostics;
using ExpertGraph.Core.Indexing;
using ExpertGraph.Core.Lexicon;
using ExpertGraph.Core.Model;
using ExpertGraph.Core.Names;
using ExpertGraph.Core.Storage;
using ExpertGraph.Ingestion.Normalization;
using ExpertGraph.Ingestion.Pipeline;
using ExpertGraph.Ingestion.ProfilePages;
using ExpertGraph.Ingestion.Reading;
using ExpertGraph.Ingestion.Resolution;
using ExpertGraph.Query.Maintenance;
using ExpertGraph.Search.Expansion;
using ExpertGraph.Search.Experts;
using ExpertGraph.Search.Indexing;
using ExpertGraph.Search.Ranking;

namespace ExpertGraph.Query;

/// <summary>
/// The composition root shared by the CLI, the benchmarks and (later) the API: opens the data directory's store
/// (embedded SQLite, or PostgreSQL when configured) and wires ingestion and search over it. Hosts stay thin; this is where parts meet.
/// </summary>
public sealed partial class Workspace : IDisposable
{
    private readonly IExpertStore _store;
    private readonly string? _lexiconFolder;
    private readonly Lazy<LoadedLexicon?> _lexicon;
    private readonly Lazy<PersonNameKeys?> _nameKeys;

    private Workspace(DataDirectory directory, IExpertStore store, string? lexiconFolder)
    {
        Directory = directory;
        _store = store;
        _lexiconFolder = lexiconFolder;
        _lexicon = new Lazy<LoadedLexicon?>(LoadLexicon);
        _nameKeys = new Lazy<PersonNameKeys?>(LoadNameKeys);
    }

    public DataDirectory Directory { get; }

    public IExpertStore Store => _store;

    /// <param name="lexiconFolder">The lexicon to use; null: EXPERTGRAPH_LEXICON or lexicon/ beside the program.</param>
    public static Workspace Open(DataDirectory directory, string? lexiconFolder = null)
    {
        ArgumentNullException.ThrowIfNull(directory);
        PrepareFolder(directory);
        return new Workspace(directory, directory.Store.Open(), lexiconFolder);
    }

    /// <summary>Runs ingestion of <paramref name="paths"/> (files or folders) into this workspace.</summary>
    public Task<IngestionSummary> IngestAsync(IEnumerable<string> paths, IngestionOptions options, IProgress<IngestionProgress>? progress, CancellationToken cancellationToken) =>
        IngestAsync(paths, options, progress, waiting: null, cancellationToken);

    /// <summary>
    /// Runs ingestion of <paramref name="paths"/> (files or folders) into this workspace. One ingest per data folder
    /// runs at a time: while another holds it, this one waits (calling <paramref name="waiting"/> once with a message)
    /// up to <see cref="IngestionOptions.LockTimeout"/>, then fails.
    /// </summary>
    public async Task<IngestionSummary> IngestAsync(IEnumerable<string> paths, IngestionOptions options, IProgress<IngestionProgress>? progress, Action<string>? waiting, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var (pages, files) = SplitProfilePages(InputFiles.Expand(paths), options.Encoding);
        // One lock file for every writer of the folder: an ingest waits for it (another ingest may be finishing);
        // rebuild-index, backup and restore refuse at once while it is held.
        using var ingestLock = await AcquireIngestLockAsync(options, waiting, cancellationToken).ConfigureAwait(false);
        // Index files without a readable commit are what a run killed before its first index commit leaves; that run
        // checkpointed no file as complete (completion follows the index commit). Once any file is complete, documents
        // were committed, so a missing or unreadable commit means lost documents: damage, refused.
        var nothingCompleted = _store.Count().CompletedFiles == 0;
        SyncStoreLexicon();
        if (NameKeys is { } names) Guarded(Directory, () => BackfillBlockKeys(names, progress, cancellationToken));
        using var index = OpenIndexWriter(Directory.IndexPath, acceptUncommitted: nothingCompleted);
        try
        {
            var summary = await RunPipelineAsync(index, files, options, progress, cancellationToken).ConfigureAwait(false);
            // The resolver's blocks are garbage now, but a collector that has not needed the room keeps them: at 100K
            // works the semantic index was built on top of 1.5 GB of them (peak 5.0 GB, 2.2 GB after the pipeline).
            // After a large run they are given back once, here, between the two phases; a small run (an API process
            // ingesting a file among requests) is not paused for it.
            if (summary.Records.Stored >= LargeRunRecords) GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
            // Pages after records: the persons the records made are what a page is matched to.
            var profilePages = pages.Count > 0 || summary.Records.Stored > 0 ? IngestProfilePages(pages, options.Encoding, cancellationToken) : ProfilePageSummary.None;
            // Built now, while the run still holds the folder, so the first search after it does not pay for it. One after
            // the other: side by side they took as long at 1M works (each slowed the other) and peaked 0.4 GB higher
            // (benchmarks/RESULTS.md, tenth session).
            var semantic = Timed(() => LoadSemanticIndex(cancellationToken));
            var facts = Timed(() => LoadPersonFacts(cancellationToken));
            return summary with { ProfilePages = profilePages, SemanticIndex = semantic, PersonFacts = facts };
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // What the stages committed stays (a rerun resumes from it); what the index holds uncommitted goes.
            index.Rollback();
            if (DataFolderFailures.Explain(ex, Directory) is { } explained) throw explained;
            throw;
        }
    }

    private static TimeSpan Timed(Action action)
    {
        var watch = Stopwatch.StartNew();
        action();
        return watch.Elapsed;
    }

    /// <summary>Runs storing at least this many records give the memory their resolver held back at once.</summary>
    private const int LargeRunRecords = 10_000;

    /// <summary>
    /// The run's pipeline, in a method of its own: the resolver's block cache (gigabytes at a million works) is garbage
    /// once it returns, before the semantic index and person facts are built.
    /// </summary>
    private Task<IngestionSummary> RunPipelineAsync(IWorkIndexWriter index, IReadOnlyList<InputFile> files, IngestionOptions options,
        IProgress<IngestionProgress>? progress, CancellationToken cancellationToken)
    {
        var pipeline = new IngestionPipeline(
            _store,
            index,
            new FormatDetector(RecordReaders.CreateDefault()),
            new WorkNormalizer(new CountryResolver()),
            // Curator decisions (pins, merges) win over whatever the resolver finds, on every run.
            new CuratedAuthorResolver(CreateResolver(options, progress)),
            TimeProvider.System,
            Lexicon is { } lexicon ? new LexiconWorkTagger(lexicon.Tagger) : null);
        return pipeline.RunAsync(files, options, progress, cancellationToken);
    }

    /// <summary>A searcher over the index as last committed, with the semantic index and person facts of the store's state.</summary>
    /// <param name="scorer">How candidates' evidence is combined; null: the documented weighted sum.</param>
    /// <param name="clock">What "now" is for career ages; null: the system clock.</param>
    public ExpertSearcher OpenSearcher(ExpansionOptions? expansion = null, IExpertScorer? scorer = null, TimeProvider? clock = null) =>
        new(Directory.IndexPath, _store, CreateExpander(expansion), LoadSemanticIndex(CancellationToken.None).Index, scorer,
            LoadPersonFacts(CancellationToken.None).Facts, clock);

    /// <summary>A person lookup by name and institution over the experts index as last committed.</summary>
    public PersonLookup OpenPersonLookup() => new(Directory.IndexPath, _store);

    public void Dispose() => _store.Dispose();
}
