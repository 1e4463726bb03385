using System.Diagnostics;
using System.Runtime.ExceptionServices;
using System.Security.Cryptography;
using System.Threading.Channels;
using ExpertGraph.Core.Indexing;
using ExpertGraph.Core.Lexicon;
using ExpertGraph.Core.Model;
using ExpertGraph.Core.Resolution;
using ExpertGraph.Core.Storage;
using ExpertGraph.Ingestion.Normalization;
using ExpertGraph.Ingestion.Reading;

namespace ExpertGraph.Ingestion.Pipeline;

/// <summary>
/// read → normalize → resolve → store → index: three stages on threads of their own, joined by bounded channels
/// (back-pressure: a fast reader waits for the writers).
/// Per-file checkpoints make a run that is killed at any moment resumable to the same end state; upserts keyed by
/// source ids make a second run of the same files change nothing.
/// </summary>
public sealed partial class IngestionPipeline
{
    private readonly IExpertStore _store;
    private readonly IWorkIndexWriter _index;
    private readonly FormatDetector _detector;
    private readonly WorkNormalizer _normalizer;
    private readonly IAuthorResolver _resolver;
    private readonly TimeProvider _time;
    private readonly IWorkTagger? _tagger;

    /// <param name="tagger">Tags each new or changed work with lexicon concepts; null stores works untagged.</param>
    public IngestionPipeline(IExpertStore store, IWorkIndexWriter index, FormatDetector detector, WorkNormalizer normalizer, IAuthorResolver resolver, TimeProvider time, IWorkTagger? tagger = null)
    {
        _tagger = tagger;
        _store = store ?? throw new ArgumentNullException(nameof(store));
        _index = index ?? throw new ArgumentNullException(nameof(index));
        _detector = detector ?? throw new ArgumentNullException(nameof(detector));
        _normalizer = normalizer ?? throw new ArgumentNullException(nameof(normalizer));
        _resolver = resolver ?? throw new ArgumentNullException(nameof(resolver));
        _time = time ?? throw new ArgumentNullException(nameof(time));
    }

    public async Task<IngestionSummary> RunAsync(IReadOnlyList<InputFile> files, IngestionOptions options, IProgress<IngestionProgress>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var started = _time.GetTimestamp();
        var startedAt = _time.GetUtcNow();
        var run = new RunState(files.Count, TotalBytes(files), progress, () => _time.GetElapsedTime(started));

        var toStore = Bounded<IngestionBatch>(options.ChannelCapacity);
        var toIndex = Bounded<IndexBatch>(options.ChannelCapacity);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var stages = new[]
        {
            Stage(() => ReadStage(files, options, toStore.Writer, run, stop.Token).GetAwaiter().GetResult(), stop),
            Stage(() => StoreStage(toStore.Reader, toIndex.Writer, options, run, stop.Token), stop),
            Stage(() => IndexStage(toIndex.Reader, options, run, stop.Token), stop),
        };
        try
        {
            await Task.WhenAll(stages).ConfigureAwait(false);
        }
        catch (Exception) when (stages.Any(IsRootFailure))
        {
            // A failing stage cancels the others; report its exception, not the cancellations it caused.
            ExceptionDispatchInfo.Throw(stages.First(IsRootFailure).Exception!.InnerException!);
        }
        finally
        {
            // The run's writes are over: what the resolver keeps of the store (the model's name blocks, gigabytes at 1M
            // works) goes now, not after the derived rebuild and whatever the caller does next.
            _resolver.Forget();
        }

        // The expert documents read what the stages wrote (names, institutions, works), never the derived tables: they
        // are written on a thread of their own while the derived tables are rebuilt, one core each. Both are waited
        // for, whichever fails; the store lets one writer in at a time (the experts' closing record waits for the rebuild).
        var experts = Background(() => WriteExpertDocuments(run, StoreRetry.Create(options, _time, run), cancellationToken));
        var derived = Background(() => RebuildStaleDerivedTables(run, StoreRetry.Create(options, _time, run), options));
        await Task.WhenAll(experts, derived).ConfigureAwait(false);
        var (mentions, resolution) = run.Resolution;
        var summary = new IngestionSummary(run.Reports, run.Totals, _time.GetElapsedTime(started), derived.Result)
        {
            MentionsResolved = mentions,
            Resolution = resolution,
            ExpertDocuments = experts.Result,
        };
        _store.LogRun(new RunLogEntry(startedAt, _time.GetUtcNow(), files.Count, summary.Records.Read, summary.Records.Inserted,
            summary.Records.Updated, summary.Records.Unchanged, summary.Records.Quarantined, summary.Records.Skipped));
        return summary;
    }

    private static Task<T> Background<T>(Func<T> body) =>
        Task.Factory.StartNew(body, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);

    /// <summary>
    /// The expert document of every stale person (<see cref="IndexStaleExperts"/>) and the sweep of persons left without
    /// works, committed to the index; then the record of stale persons cleared, which waits for the store's writer (the
    /// derived rebuild holds it). Returns the time until the index commit.
    /// </summary>
    private TimeSpan WriteExpertDocuments(RunState run, Polly.ResiliencePipeline retry, CancellationToken cancellationToken)
    {
        var started = _time.GetTimestamp();
        var written = IndexStaleExperts(run, retry, cancellationToken);
        // Persons left without works are no experts. Their documents are removed as the run touches them; a run killed
        // between a store commit and the index's can leave one behind, which this sweep removes.
        if (retry.Execute(() => _store.GetPersonsWithoutWorks()) is { Count: > 0 } withoutWorks)
        {
            _index.DeleteExperts(withoutWorks);
            _index.Commit();
        }

        var elapsed = _time.GetElapsedTime(started);
        ClearStaleExperts(written, retry);
        return elapsed;
    }

    /// <summary>The collaborations, person statistics and concept profiles rebuilt when the store marks them stale; returns the time taken.</summary>
    private TimeSpan RebuildStaleDerivedTables(RunState run, Polly.ResiliencePipeline retry, IngestionOptions options)
    {
        var started = _time.GetTimestamp();
        if (retry.Execute(() => _store.DerivedTablesStale))
        {
            run.Report(null, "rebuilding collaborations and person statistics");
            retry.Execute(() => _store.RebuildDerived(new DerivedTablesOptions { MaxAuthorsForCollaboration = options.MaxAuthorsForCollaboration }));
        }

        return _time.GetElapsedTime(started);
    }

    private static Channel<T> Bounded<T>(int capacity) => Channel.CreateBounded<T>(new BoundedChannelOptions(capacity)
    {
        SingleReader = true,
        SingleWriter = true,
        FullMode = BoundedChannelFullMode.Wait,
    });

    /// <summary>
    /// Each stage gets a thread of its own and blocks on its channels: parsing, SQLite and Lucene are CPU work, and
    /// Lucene keeps per-thread indexing state that a loop hopping across pool threads would rebuild again and again.
    /// </summary>
    private static Task Stage(Action body, CancellationTokenSource stop) =>
        Task.Factory.StartNew(
            () =>
            {
                try
                {
                    body();
                }
                catch
                {
                    // Stop the other stages: one blocked on a full channel would otherwise wait forever.
                    stop.Cancel();
                    throw;
                }
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default);

    private static bool IsRootFailure(Task stage) =>
        stage.IsFaulted && stage.Exception!.InnerException is not OperationCanceledException;

    /// <summary>Stage 1: detect, checkpoint check, read and normalize, cut into batches that never span files.</summary>
    private async Task ReadStage(IReadOnlyList<InputFile> files, IngestionOptions options, ChannelWriter<IngestionBatch> writer, RunState run, CancellationToken cancellationToken)
    {
        try
        {
            foreach (var input in files)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var file = OpenFile(input, options, run);
                if (file is null)
                {
                    run.FileRead(input.Path);
                    continue;
                }

                var batch = new List<PreparedRecord>(options.BatchSize);
                string? failure = null;
                try
                {
                    using var opened = RecordInput.Open(input.Path, options.Encoding);
                    if (opened.Description.Length > 0) run.Report(input.Path, $"decoding {input.Path} ({opened.Description})");
                    foreach (var result in file.Reader.Read(opened.Stream, input.Path, cancellationToken))
                    {
                        batch.Add(Normalize(result));
                        if (batch.Count < options.BatchSize) continue;
                        run.BytesRead(input.Path, opened.FilePosition);
                        await writer.WriteAsync(new IngestionBatch(file, batch, EndOfFile: false), cancellationToken).ConfigureAwait(false);
                        batch = new List<PreparedRecord>(options.BatchSize);
                    }
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ExpertGraphException or InvalidDataException)
                {
                    failure = ex.Message;
                }

                await writer.WriteAsync(new IngestionBatch(file, batch, EndOfFile: true, failure), cancellationToken).ConfigureAwait(false);
                run.FileRead(input.Path);
            }
        }
        finally
        {
            writer.TryComplete();
        }
    }

    private FileState? OpenFile(InputFile input, IngestionOptions options, RunState run)
    {
        IRecordReader? reader;
        string hash;
        long size;
        try
        {
            reader = _detector.TryDetect(input.Path, options.Encoding);
            if (reader is null)
            {
                var known = string.Join(", ", _detector.Readers.Select(r => r.FormatName));
                run.Unknown(input, $"{input.Path}: not a known format (known: {known})");
                return null;
            }

            (hash, size) = HashFile(input.Path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            run.Failed(input.Path, null, ex.Message);
            return null;
        }
        catch (InvalidDataException ex)
        {
            // A .gz whose stream is damaged before the first 64 KiB could be decoded.
            run.Failed(input.Path, null, $"{input.Path}: cannot decompress: {ex.Message}");
            return null;
        }

        // Read through the store retry like every batch: a server restarting between two files must not end the run.
        var checkpoint = StoreRetry.Create(options, _time, run).Execute(() => _store.GetFileCheckpoint(input.Path));
        var completedBefore = checkpoint is { Status: FileStatus.Completed } && string.Equals(checkpoint.ContentHash, hash, StringComparison.Ordinal);
        if (completedBefore && !options.Force)
        {
            run.AlreadyIngested(input.Path, reader.FormatName);
            return null;
        }

        run.Report(input.Path, $"reading {input.Path} ({reader.FormatName})");
        return new FileState(input.Path, reader, hash, size, interruptedBefore: checkpoint is { Status: FileStatus.Started }, CommittedThrough(checkpoint, hash));
    }

    /// <summary>How far an interrupted run committed this content of the file (0 for a new, completed or changed file).</summary>
    private static long CommittedThrough(FileCheckpoint? checkpoint, string contentHash) =>
        checkpoint is { Status: FileStatus.Started } && string.Equals(checkpoint.ContentHash, contentHash, StringComparison.Ordinal)
            ? checkpoint.CommittedRecords
            : 0;

    private PreparedRecord Normalize(ReadResult result)
    {
        if (result.Outcome != ReadOutcome.Record) return new PreparedRecord(result, null);
        var work = _normalizer.Normalize(result.Work!, out var rejection);
        if (work is null)
            return new PreparedRecord(ReadResult.Rejected(result.Position, rejection!, result.Work!.Key + ": " + result.Work.Title), null);
        // Tagged on the read stage, which has CPU to spare; the hash leaves the tags out (see Work.Concepts).
        var hash = WorkContentHash.Compute(work);
        if (_tagger is not null) work = work with { Concepts = _tagger.Tag(work) };
        // The write stage is the pipeline's bottleneck: whatever of resolution needs no store is done here.
        return new PreparedRecord(ReadResult.Ok(work, result.Position), hash, _resolver.Prepare(work));
    }

    private static long TotalBytes(IReadOnlyList<InputFile> files)
    {
        long total = 0;
        foreach (var file in files)
        {
            try { total += new FileInfo(file.Path).Length; }
            catch (IOException) { /* a file that vanished is reported when it is opened */ }
        }

        return total;
    }

    private static (string Hash, long Size) HashFile(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        var hash = SHA256.HashData(stream);
        return (Convert.ToHexStringLower(hash), stream.Length);
    }
}
