using ExpertGraph.Core.Model;
using ExpertGraph.Core.Storage;
using ExpertGraph.Ingestion.Normalization;
using ExpertGraph.Ingestion.Pipeline;
using ExpertGraph.Ingestion.Reading;
using ExpertGraph.Ingestion.Resolution;
using ExpertGraph.Query.Maintenance;
using ExpertGraph.Search.Experts;
using ExpertGraph.Search.Indexing;
using ExpertGraph.Storage.Sqlite;

namespace ExpertGraph.Query;

/// <summary>
/// The composition root shared by the CLI, the benchmarks and (later) the API: opens the embedded store in a data
/// directory and wires ingestion and search over it. Hosts stay thin; this is where parts meet.
/// </summary>
public sealed partial class Workspace : IDisposable
{
    private readonly SqliteExpertStore _store;

    private Workspace(DataDirectory directory, SqliteExpertStore store)
    {
        Directory = directory;
        _store = store;
    }

    public DataDirectory Directory { get; }

    public IExpertStore Store => _store;

    public static Workspace Open(DataDirectory directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        PrepareFolder(directory);
        return new Workspace(directory, SqliteExpertStore.Open(directory.StorePath));
    }

    /// <summary>Runs ingestion of <paramref name="paths"/> (files or folders) into this workspace.</summary>
    public async Task<IngestionSummary> IngestAsync(IEnumerable<string> paths, IngestionOptions options, IProgress<IngestionProgress>? progress, CancellationToken cancellationToken)
    {
        var files = InputFiles.Expand(paths);
        using var writing = LockForWriting("ingest");
        using var index = OpenIndexWriter(Directory.IndexPath);
        var pipeline = new IngestionPipeline(
            _store,
            index,
            new FormatDetector(RecordReaders.CreateDefault()),
            new WorkNormalizer(new CountryResolver()),
            new ExactKeyAuthorResolver(),
            TimeProvider.System);
        try
        {
            return await pipeline.RunAsync(files, options, progress, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // What the stages committed stays (a rerun resumes from it); what the index holds uncommitted goes.
            index.Rollback();
            if (DataFolderFailures.Explain(ex, Directory) is { } explained) throw explained;
            throw;
        }
    }

    /// <summary>A searcher over the index as last committed.</summary>
    public ExpertSearcher OpenSearcher() => new(Directory.IndexPath, _store);

    /// <summary>A person lookup by name and institution over the experts index as last committed.</summary>
    public PersonLookup OpenPersonLookup() => new(Directory.IndexPath, _store);

    public void Dispose() => _store.Dispose();
}
