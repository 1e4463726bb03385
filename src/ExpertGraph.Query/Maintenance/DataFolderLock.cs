using ExpertGraph.Core.Model;

namespace ExpertGraph.Query.Maintenance;

/// <summary>
/// Keeps other writers out of a data folder: ingest, rebuild-index, backup and restore each hold it for their whole run,
/// so a backup never copies half of an ingest and a rebuild never swaps an index under a writer. An exclusive open of
/// a lock file (an OS lock: released when the process dies, even by kill -9). The file is never deleted: deleting it
/// would let a second process lock a new file while the first still holds the old one.
/// </summary>
internal sealed class DataFolderLock : IDisposable
{
    private readonly FileStream _file;

    private DataFolderLock(FileStream file) => _file = file;

    public static DataFolderLock Acquire(DataDirectory directory, string purpose)
    {
        try
        {
            return Open(directory);
        }
        catch (IOException ex) when (IsHeldElsewhere(ex))
        {
            throw new DataFolderException($"cannot {purpose}: another expertgraph process is writing to the data folder {directory.Root} (it holds {directory.LockPath}); wait for it to finish", ex);
        }
    }

    /// <summary>The lock, or null when another process holds it (or the folder cannot be written).</summary>
    public static DataFolderLock? TryAcquire(DataDirectory directory)
    {
        try
        {
            return Open(directory);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static DataFolderLock Open(DataDirectory directory) =>
        new(new FileStream(directory.LockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));

    private static bool IsHeldElsewhere(IOException exception) =>
        exception is not (FileNotFoundException or DirectoryNotFoundException)
        && exception.HResult is not (DataFolderFailures.NoSpace or DataFolderFailures.ReadOnlyFileSystem);

    public void Dispose() => _file.Dispose();
}
