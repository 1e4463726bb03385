using ExpertGraph.Ingestion.Pipeline;
using ExpertGraph.Core.Model;
using ExpertGraph.Query.Maintenance;
using ExpertGraph.Search.Indexing;

namespace ExpertGraph.Query;

public sealed partial class Workspace
{
    /// <summary>Creates the data folder, finishes a replacement a crash interrupted, and refuses a store that went missing.</summary>
    private static void PrepareFolder(DataDirectory directory)
    {
        try
        {
            System.IO.Directory.CreateDirectory(directory.Root);
            // Leftovers are finished only by whoever gets the writer lock: while a rebuild or restore runs they are its
            // work in progress, and it holds the lock.
            if (DataFolderSwap.HasPending(directory) && DataFolderLock.TryAcquire(directory) is { } writing)
            {
                using (writing) DataFolderSwap.FinishPending(directory);
            }
        }
        catch (IOException ex) when (File.Exists(directory.Root))
        {
            throw new DataFolderException($"the data folder {directory.Root} is a file, not a folder: choose another with --data", ex);
        }
        catch (Exception ex) when (DataFolderFailures.Explain(ex, directory) is { } explained)
        {
            throw explained;
        }

        // SQLite takes a missing or empty file for a new store: with an index beside it, that is a lost store, not a new one.
        // (A PostgreSQL store lives on its server; the folder holds only the index.)
        if (directory.Store.IsPostgres) return;
        var store = new FileInfo(directory.StorePath);
        if ((!store.Exists || store.Length == 0)
            && (IndexIntegrity.HasIndexFiles(Path.Combine(directory.IndexPath, "works")) || IndexIntegrity.HasIndexFiles(Path.Combine(directory.IndexPath, "experts"))))
        {
            throw new DataFolderException(
                $"the store file {directory.StorePath} is missing or empty while the index in {directory.IndexPath} holds documents: restore a backup (expertgraph restore <backup>), or delete {directory.IndexPath} and ingest again");
        }
    }

    /// <summary>
    /// A failure of the data folder (full disk, read-only, damaged store found by a query) as one clear error, or null
    /// when <paramref name="failure"/> is something else. For hosts, around work that reads the store after opening.
    /// </summary>
    public static ExpertGraphException? ExplainFailure(Exception failure, DataDirectory directory) => DataFolderFailures.Explain(failure, directory);

    private DataFolderLock LockForWriting(string purpose) => Guarded(Directory, () => DataFolderLock.Acquire(Directory, purpose));

    /// <summary>The folder's writer lock for an ingest, waited for (see <see cref="IngestLock"/>); folder failures explained.</summary>
    private async Task<IngestLock> AcquireIngestLockAsync(IngestionOptions options, Action<string>? waiting, CancellationToken cancellationToken)
    {
        try
        {
            return await IngestLock.AcquireAsync(Directory.LockPath, options.LockTimeout, waiting, TimeProvider.System, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (DataFolderFailures.Explain(ex, Directory) is { } explained)
        {
            throw explained;
        }
    }

    private LuceneIndexWriter OpenIndexWriter(string indexFolder, bool acceptUncommitted = false) =>
        Guarded(Directory, () => new LuceneIndexWriter(indexFolder, acceptUncommitted));

    /// <summary>Runs a step on the data folder's files, reporting a full disk, a read-only folder or damage as one clear error.</summary>
    private static T Guarded<T>(DataDirectory directory, Func<T> step)
    {
        try
        {
            return step();
        }
        catch (Exception ex) when (DataFolderFailures.Explain(ex, directory) is { } explained)
        {
            throw explained;
        }
    }
}
