using System.Threading.Channels;
using ExpertGraph.Core.Model;
using ExpertGraph.Core.Storage;
using ExpertGraph.Ingestion.Reading;

namespace ExpertGraph.Ingestion.Pipeline;

public sealed partial class IngestionPipeline
{
    /// <summary>
    /// Stage 2: one store transaction per batch; index documents for new and changed works. Files that reached their
    /// end wait in a group; the group is checkpointed by: expert documents of the persons its files touched, one index
    /// commit, then one store transaction marking the files completed, in that order, so a crash at any point leaves
    /// the files unfinished and the next run repeats them. Grouping keeps a folder of small files from paying an index
    /// fsync per file.
    /// </summary>
    private async Task WriteStage(ChannelReader<IngestionBatch> reader, IngestionOptions options, RunState run, CancellationToken cancellationToken)
    {
        var pending = new List<FileState>();
        long pendingRecords = 0;
        var lastCheckpoint = _time.GetTimestamp();
        await foreach (var batch in reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            var file = batch.File;
            using (var session = _store.BeginWrite())
            {
                if (!file.CheckpointStarted)
                {
                    session.SetFileCheckpoint(file.Checkpoint(FileStatus.Started));
                    file.CheckpointStarted = true;
                }

                foreach (var result in batch.Records) WriteRecord(session, file, result, options);
                session.Commit();
            }

            run.Progress(file);
            pendingRecords += batch.Records.Count;
            if (batch.EndOfFile)
            {
                // Records read before a failure are valid and kept; a failed file stays unfinished so the next run retries it.
                if (batch.Failure is null) pending.Add(file);
                else run.Fail(file, batch.Failure);
            }

            if (pendingRecords >= options.CheckpointRecords || _time.GetElapsedTime(lastCheckpoint) >= options.CheckpointInterval)
            {
                Checkpoint(pending, run);
                pending.Clear();
                pendingRecords = 0;
                lastCheckpoint = _time.GetTimestamp();
            }
        }

        Checkpoint(pending, run);
    }

    private void WriteRecord(IStoreWriteSession session, FileState file, ReadResult result, IngestionOptions options)
    {
        switch (result.Outcome)
        {
            case ReadOutcome.Skipped:
                file.Counts.AddSkipped();
                return;
            case ReadOutcome.Rejected:
                session.Quarantine(Quarantined(file.Path, result, options));
                file.Counts.AddQuarantined();
                return;
        }

        var work = result.Work!;
        var upsert = session.UpsertWork(work, WorkContentHash.Compute(work));
        IReadOnlyList<PersonId> persons;
        switch (upsert.Outcome)
        {
            case UpsertOutcome.Unchanged:
                file.Counts.AddUnchanged();
                if (!file.InterruptedBefore) return;
                persons = [.. session.GetAuthorshipPersons(upsert.Id).OrderBy(p => p.Key).Select(p => p.Value)];
                break;
            default:
                if (upsert.Outcome == UpsertOutcome.Inserted) file.Counts.AddInserted();
                else file.Counts.AddUpdated();
                var resolved = _resolver.Resolve(work, upsert.Id, session);
                session.ReplaceAuthorships(upsert.Id, [.. resolved.Select(author => new AuthorshipRow(author.Mention.Position, author.Person, author.Mention.RawName, author.Mention.Role)
                {
                    Institution = author.Institution,
                    Affiliation = author.Mention.Affiliations.Count == 0 ? null : string.Join(" | ", author.Mention.Affiliations.Select(a => a.RawText)),
                    Email = author.Mention.Email,
                    Orcid = author.Mention.Orcid,
                })]);
                persons = [.. resolved.Select(author => author.Person)];
                break;
        }

        foreach (var person in persons) file.TouchedPersons.Add(person);
        _index.IndexWork(upsert.Id, work, [.. persons.Distinct()], Countries(work));
    }

    private void Checkpoint(List<FileState> completedFiles, RunState run)
    {
        var touched = new HashSet<PersonId>();
        foreach (var file in completedFiles) touched.UnionWith(file.TouchedPersons);
        foreach (var chunk in touched.OrderBy(p => p.Value).Chunk(500))
            _index.IndexExperts(_store.GetPersonProfiles(chunk));
        // Also commits documents of a file still in progress or failed: harmless, they are keyed and re-sent on retry.
        _index.Commit();
        if (completedFiles.Count == 0) return;
        using (var session = _store.BeginWrite())
        {
            foreach (var file in completedFiles) session.SetFileCheckpoint(file.Checkpoint(FileStatus.Completed));
            session.Commit();
        }

        foreach (var file in completedFiles) run.Completed(file);
    }

    private static IReadOnlyList<string> Countries(Work work)
    {
        var countries = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var author in work.Authors)
            foreach (var affiliation in author.Affiliations)
                if (affiliation.CountryCode is { } code) countries.Add(code);
        return [.. countries];
    }

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
