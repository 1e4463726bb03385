using System.Threading.Channels;
using ExpertGraph.Core.Model;
using ExpertGraph.Core.Resolution;
using ExpertGraph.Core.Storage;
using ExpertGraph.Ingestion.Reading;

namespace ExpertGraph.Ingestion.Pipeline;

public sealed partial class IngestionPipeline
{
    /// <summary>
    /// Stage 2: one store transaction per batch; resolution inside it; documents of new and changed works passed on to
    /// the index stage after the commit. Files that reached their end are passed on in groups for checkpointing, so a
    /// folder of small files does not pay an index commit (an fsync) per file.
    /// </summary>
    private void StoreStage(ChannelReader<IngestionBatch> reader, ChannelWriter<IndexBatch> writer, IngestionOptions options, RunState run, CancellationToken cancellationToken)
    {
        try
        {
            var retry = StoreRetry.Create(options, _time, run);
            var pending = new List<FileState>();
            long pendingRecords = 0;
            var lastCheckpoint = _time.GetTimestamp();
            while (reader.WaitToReadAsync(cancellationToken).AsTask().GetAwaiter().GetResult())
            {
                if (!reader.TryRead(out var batch)) continue;
                var file = batch.File;
                var (items, counts) = WriteBatch(batch, options, retry, run, cancellationToken);
                file.Counts.Add(counts);
                file.CheckpointStarted = true;
                Send(writer, new IndexBatch(items), cancellationToken);
                run.Progress(file, batch.Records.Count, counts.Stored);
                pendingRecords += batch.Records.Count;
                if (batch.EndOfFile)
                {
                    // Records read before a failure are valid and kept; a failed file stays unfinished so the next run retries it.
                    if (batch.Failure is null) pending.Add(file);
                    else run.Fail(file, batch.Failure);
                }

                if (pendingRecords >= options.CheckpointRecords || _time.GetElapsedTime(lastCheckpoint) >= options.CheckpointInterval)
                {
                    Send(writer, new IndexBatch([], [.. pending]), cancellationToken);
                    pending.Clear();
                    pendingRecords = 0;
                    lastCheckpoint = _time.GetTimestamp();
                }
            }

            Send(writer, new IndexBatch([], [.. pending]), cancellationToken);
        }
        finally
        {
            writer.TryComplete();
        }
    }

    /// <summary>Stage 3: work documents, then, for a group of completed files, commit and checkpoint.</summary>
    private void IndexStage(ChannelReader<IndexBatch> reader, IngestionOptions options, RunState run, CancellationToken cancellationToken)
    {
        var retry = StoreRetry.Create(options, _time, run);
        while (reader.WaitToReadAsync(cancellationToken).AsTask().GetAwaiter().GetResult())
        {
            if (!reader.TryRead(out var batch)) continue;
            foreach (var item in batch.Items) _index.IndexWork(item.Id, item.Work, item.Persons, item.Countries);
            if (batch.CompletedFiles is { } files) Checkpoint(files, run, retry);
        }
    }

    /// <summary>
    /// Writes one batch in one transaction, retried from its start after a transient store failure. Nothing of a failed
    /// try survives it: counts and documents are collected per try and handed back only after the commit, and the
    /// resolver forgets what it learned in the rolled-back transaction. A retry also re-sends documents of works it finds
    /// unchanged, since the failed try may have committed before its acknowledgement was lost. The file's checkpoint
    /// records, in the same transaction, the last record written (<see cref="FileCheckpoint.CommittedRecords"/>).
    /// </summary>
    private (List<IndexItem> Items, RecordCounts Counts) WriteBatch(IngestionBatch batch, IngestionOptions options, Polly.ResiliencePipeline retry, RunState run,
        CancellationToken cancellationToken)
    {
        var file = batch.File;
        var tries = 0;
        return retry.Execute(token =>
        {
            var retrying = tries++ > 0;
            if (retrying) _resolver.Forget();
            // A retry after a lost acknowledgement replays what the failed try committed: read how far that was.
            var replayedThrough = retrying ? CommittedThrough(_store.GetFileCheckpoint(file.Path), file.ContentHash) : file.CommittedBefore;
            var items = new List<IndexItem>(batch.Records.Count);
            var counts = new RecordCounts();
            using var session = _store.BeginWrite();
            // The file is read from its start: its old quarantine entries are replaced by this reading's.
            if (!file.CheckpointStarted) session.ClearQuarantine(file.Path);
            var lastRecord = batch.Records.Count == 0 ? 0 : batch.Records[^1].Result.Position.RecordNumber;
            var committedThrough = Math.Max(Math.Max(lastRecord, file.CommittedThisRun), Math.Max(replayedThrough, file.CommittedBefore));
            session.SetFileCheckpoint(file.Checkpoint(FileStatus.Started) with { CommittedRecords = committedThrough });

            session.Prefetch([.. batch.Records.Where(r => r.Result.Outcome == ReadOutcome.Record).Select(r => r.Result.Work!.Key)]);
            var confidence = new Dictionary<PersonId, (double Sum, int Mentions)>();
            foreach (var record in batch.Records)
            {
                token.ThrowIfCancellationRequested();
                if (Replaced(session, record, replayedThrough))
                {
                    counts.AddUnchanged();
                    continue;
                }

                if (WriteRecord(session, file, record, options, counts, file.InterruptedBefore || retrying, confidence, run) is { } item) items.Add(item);
            }

            if (confidence.Count > 0)
                session.AddConfidenceEvidence([.. confidence.OrderBy(p => p.Key.Value).Select(p => new ConfidenceEvidence(p.Key, p.Value.Sum, p.Value.Mentions))]);
            // Their expert documents are written at the run's end (IndexStaleExperts), once per person however many files
            // name them; recorded in this transaction, so a run killed before then leaves them for the next.
            if (StaleExperts(items) is { Count: > 0 } stale) session.MarkExpertsStale(stale);
            session.Commit();
            file.CommittedThisRun = committedThrough;
            return (items, counts);
        }, cancellationToken);
    }

    /// <summary>
    /// A replayed record (one the interrupted run committed) whose work the store holds in another version: a later record
    /// of that run replaced it. Writing it again would put the older version back and re-resolve its authors, only for the
    /// later record to do the same in turn; the store already ends where the uninterrupted run does. It counts as unchanged.
    /// </summary>
    private static bool Replaced(IStoreWriteSession session, PreparedRecord record, long replayedThrough) =>
        record.Result.Outcome == ReadOutcome.Record
        && record.Result.Position.RecordNumber <= replayedThrough
        && session.FindWork(record.Result.Work!.Key) is { } stored
        && !string.Equals(stored.ContentHash, record.ContentHash, StringComparison.Ordinal);

    private static void Send<T>(ChannelWriter<T> writer, T item, CancellationToken cancellationToken)
    {
        if (!writer.TryWrite(item)) writer.WriteAsync(item, cancellationToken).AsTask().GetAwaiter().GetResult();
    }

    /// <summary>
    /// Writes one record; returns the index document to write, or null when the index needs nothing. The resolver's
    /// confidence in each mention is summed per person into <paramref name="confidence"/>, written once per batch.
    /// </summary>
    private IndexItem? WriteRecord(IStoreWriteSession session, FileState file, PreparedRecord record, IngestionOptions options, RecordCounts counts,
        bool reindexUnchanged, Dictionary<PersonId, (double Sum, int Mentions)> confidence, RunState run)
    {
        var result = record.Result;
        switch (result.Outcome)
        {
            case ReadOutcome.Skipped:
                counts.AddSkipped();
                return null;
            case ReadOutcome.Rejected:
                session.Quarantine(Quarantined(file.Path, result, options));
                counts.AddQuarantined();
                return null;
        }

        var work = result.Work!;
        var upsert = session.UpsertWork(work, record.ContentHash!);
        IReadOnlyList<PersonId> persons;
        IReadOnlyList<PersonId> displaced = [];
        switch (upsert.Outcome)
        {
            case UpsertOutcome.Unchanged:
                counts.AddUnchanged();
                if (!reindexUnchanged) return null;
                persons = [.. session.GetAuthorshipPersons(upsert.Id).OrderBy(p => p.Key).Select(p => p.Value)];
                break;
            default:
                if (upsert.Outcome == UpsertOutcome.Inserted) counts.AddInserted();
                else counts.AddUpdated();
                // Persons the work's earlier version named: one that loses its mentions here needs its expert document redone.
                var before = upsert.Outcome == UpsertOutcome.Updated ? session.GetAuthorshipPersons(upsert.Id).Values.ToList() : [];
                var resolving = _time.GetTimestamp();
                var resolved = _resolver.Resolve(work, upsert.Id, session, record.Authors);
                run.Resolved(resolved.Count, _time.GetElapsedTime(resolving));
                session.ReplaceAuthorships(upsert.Id, [.. resolved.Select(author => new AuthorshipRow(author.Mention.Position, author.Person, author.Mention.RawName, author.Mention.Role)
                {
                    Institution = author.Institution,
                    Affiliation = author.Mention.Affiliations.Count == 0 ? null : string.Join(" | ", author.Mention.Affiliations.Select(a => a.RawText)),
                    Email = author.Mention.Email,
                    Orcid = author.Mention.Orcid,
                    BlockKey = author.BlockKey,
                    SourceAuthorId = author.Mention.SourceAuthorId,
                    Profile = author.Profile,
                })]);
                persons = [.. resolved.Select(author => author.Person)];
                foreach (var author in resolved)
                {
                    if (author.Confidence is not { } probability) continue;
                    var (sum, mentions) = confidence.GetValueOrDefault(author.Person);
                    confidence[author.Person] = (sum + probability, mentions + 1);
                }

                displaced = [.. before.Except(persons)];
                break;
        }

        return new IndexItem(upsert.Id, work, [.. persons.Distinct()], Countries(work)) { Displaced = displaced };
    }

    private static SortedSet<PersonId> StaleExperts(List<IndexItem> items)
    {
        var persons = new SortedSet<PersonId>(Comparer<PersonId>.Create((a, b) => a.Value.CompareTo(b.Value)));
        foreach (var item in items)
        {
            persons.UnionWith(item.Persons);
            persons.UnionWith(item.Displaced);
        }

        return persons;
    }

    /// <summary>
    /// The run's last index step: the expert document of every person recorded as stale (this run's and any an interrupted
    /// run left), read from the store in id order, then committed; returns the persons written, for
    /// <see cref="ClearStaleExperts"/> to take from the record. Killed in between, the next run writes them again: a
    /// document is keyed by person, so writing it twice changes nothing.
    /// </summary>
    private List<PersonId> IndexStaleExperts(RunState run, Polly.ResiliencePipeline retry, CancellationToken cancellationToken)
    {
        var written = new List<PersonId>();
        var after = new PersonId(0);
        while (retry.Execute(() => _store.GetStaleExperts(after, ExpertChunk)) is { Count: > 0 } chunk)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (written.Count == 0) run.Report(null, "writing expert documents");
            _index.IndexExperts(retry.Execute(() => _store.GetPersonProfiles(chunk)));
            written.AddRange(chunk);
            after = chunk[^1];
        }

        if (written.Count > 0) _index.Commit();
        return written;
    }

    /// <summary>Takes persons whose expert documents the index has committed from the record of stale ones.</summary>
    private void ClearStaleExperts(List<PersonId> written, Polly.ResiliencePipeline retry)
    {
        foreach (var chunk in written.Chunk(ExpertChunk * 10))
        {
            retry.Execute(() =>
            {
                using var session = _store.BeginWrite();
                session.ClearStaleExperts(chunk);
                session.Commit();
            });
        }
    }

    /// <summary>Persons per profile read when writing expert documents.</summary>
    private const int ExpertChunk = 500;

    private void Checkpoint(IReadOnlyList<FileState> completedFiles, RunState run, Polly.ResiliencePipeline retry)
    {
        // Also commits documents of a file still in progress or failed: harmless, they are keyed and re-sent on retry.
        _index.Commit();
        if (completedFiles.Count == 0) return;
        retry.Execute(() =>
        {
            using var session = _store.BeginWrite();
            foreach (var file in completedFiles) session.SetFileCheckpoint(file.Checkpoint(FileStatus.Completed));
            session.Commit();
        });

        foreach (var file in completedFiles) run.Completed(file);
    }

    private static IReadOnlyList<string> Countries(Work work) => work.AffiliationCountryCodes();

    private static QuarantineEntry Quarantined(string path, ReadResult result, IngestionOptions options)
    {
        var raw = result.RawText ?? "";
        if (raw.Length > options.MaxQuarantineTextLength)
            raw = raw[..options.MaxQuarantineTextLength] + $"\n[… cut: {raw.Length - options.MaxQuarantineTextLength} more characters]";
        return new QuarantineEntry(path, result.Position.RecordNumber, result.Reason ?? "unreadable record", raw)
        {
            Line = result.Position.Line,
            ByteOffset = result.Position.ByteOffset,
        };
    }
}
