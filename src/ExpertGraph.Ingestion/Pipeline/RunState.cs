namespace ExpertGraph.Ingestion.Pipeline;

/// <summary>Counts and file reports of a run in progress, and its progress reporting. Touched by all three stages: locked or interlocked.</summary>
internal sealed class RunState(int fileCount, long totalBytes, IProgress<IngestionProgress>? progress, Func<TimeSpan> elapsed)
{
    private long _bytesOfFinishedFiles;
    private long _bytesOfCurrentFile;
    private long _recordsDone;
    private long _recordsStored;
    private readonly Lock _lock = new();
    private readonly List<FileReport> _reports = new(fileCount);
    private readonly RecordCounts _totals = new();
    private long _mentionsResolved;
    private long _resolutionTicks;

    /// <summary>Author mentions the resolver decided, and the time it spent on them (<see cref="Resolved"/>).</summary>
    public (long Mentions, TimeSpan Time) Resolution =>
        (Interlocked.Read(ref _mentionsResolved), TimeSpan.FromTicks(Interlocked.Read(ref _resolutionTicks)));

    /// <summary>The store stage resolved a work's <paramref name="mentions"/> in <paramref name="time"/>.</summary>
    public void Resolved(int mentions, TimeSpan time)
    {
        Interlocked.Add(ref _mentionsResolved, mentions);
        Interlocked.Add(ref _resolutionTicks, time.Ticks);
    }

    public IReadOnlyList<FileReport> Reports
    {
        get { lock (_lock) return [.. _reports]; }
    }

    public RecordCounts Totals
    {
        get { lock (_lock) return _totals; }
    }

    /// <summary>The read stage's position in the current file (for the progress bar).</summary>
    public void BytesRead(string path, long position)
    {
        Interlocked.Exchange(ref _bytesOfCurrentFile, position);
        progress?.Report(Snapshot(path, null));
    }

    /// <summary>The read stage is done with a file, read or not.</summary>
    public void FileRead(string path)
    {
        long size;
        try { size = new FileInfo(path).Length; }
        catch (IOException) { size = 0; }
        Interlocked.Add(ref _bytesOfFinishedFiles, size);
        Interlocked.Exchange(ref _bytesOfCurrentFile, 0);
    }

    public void Report(string? file, string message) => progress?.Report(Snapshot(file, message));

    /// <summary>The store stage finished a batch of <paramref name="file"/>: so many more records done, so many stored.</summary>
    public void Progress(FileState file, long records, long stored)
    {
        Interlocked.Add(ref _recordsDone, records);
        Interlocked.Add(ref _recordsStored, stored);
        progress?.Report(Snapshot(file.Path, null));
    }

    public void Completed(FileState file)
    {
        lock (_lock)
        {
            _reports.Add(new FileReport(file.Path, file.Format, FileOutcome.Completed, file.Counts));
            _totals.Add(file.Counts);
        }

        var c = file.Counts;
        Report(file.Path, $"completed {file.Path}: read {c.Read}, inserted {c.Inserted}, updated {c.Updated}, unchanged {c.Unchanged}, quarantined {c.Quarantined}, skipped {c.Skipped}");
    }

    /// <summary>A file whose reading failed part-way; the records written before the failure still count.</summary>
    public void Fail(FileState file, string error)
    {
        lock (_lock)
        {
            _reports.Add(new FileReport(file.Path, file.Format, FileOutcome.Failed, file.Counts, error));
            _totals.Add(file.Counts);
        }

        Report(file.Path, $"failed {file.Path}: {error}");
    }

    public void Failed(string path, string? format, string error)
    {
        lock (_lock) _reports.Add(new FileReport(path, format, FileOutcome.Failed, new RecordCounts(), error));
        Report(path, $"failed {path}: {error}");
    }

    public void Unknown(InputFile input, string error)
    {
        var outcome = input.Explicit ? FileOutcome.UnknownFormat : FileOutcome.NotRecords;
        lock (_lock) _reports.Add(new FileReport(input.Path, null, outcome, new RecordCounts(), error));
        Report(input.Path, input.Explicit ? "error: " + error : "ignored: " + error);
    }

    public void AlreadyIngested(string path, string format)
    {
        lock (_lock) _reports.Add(new FileReport(path, format, FileOutcome.AlreadyIngested, new RecordCounts()));
        Report(path, $"unchanged since last ingest, not read again: {path}");
    }

    private IngestionProgress Snapshot(string? file, string? message)
    {
        var read = Interlocked.Read(ref _recordsDone);
        var stored = Interlocked.Read(ref _recordsStored);

        var done = Interlocked.Read(ref _bytesOfFinishedFiles) + Interlocked.Read(ref _bytesOfCurrentFile);
        double? fraction = totalBytes > 0 ? Math.Clamp((double)done / totalBytes, 0, 1) : null;
        return new IngestionProgress(file, read, stored, elapsed(), message) { FractionRead = fraction };
    }
}
