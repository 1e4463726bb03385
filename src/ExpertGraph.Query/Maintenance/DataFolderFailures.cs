using ExpertGraph.Core.Model;
using Lucene.Net.Store;
using Microsoft.Data.Sqlite;

namespace ExpertGraph.Query.Maintenance;

/// <summary>
/// Turns what the disk, SQLite and Lucene throw when the data folder cannot be written (full, read-only, damaged) into
/// one line that names the folder and the fix.
/// </summary>
internal static class DataFolderFailures
{
    // errno values carried by .NET's IOException.HResult on Linux.
    public const int NoSpace = 28;
    public const int ReadOnlyFileSystem = 30;
    private const int DiskQuotaExceeded = 122;
    private const int PermissionDenied = 13;

    private const int SqliteReadOnly = 8;
    private const int SqliteCorrupt = 11;
    private const int SqliteFull = 13;
    private const int SqliteNotADatabase = 26;

    /// <summary>The failure as the user should read it, or null when it is none of these (rethrow it as it is).</summary>
    public static DataFolderException? Explain(Exception failure, DataDirectory directory)
    {
        for (var ex = failure; ex is not null; ex = ex.InnerException)
        {
            switch (ex)
            {
                case IndexDamagedException:
                    return null;
                case IOException { HResult: NoSpace or DiskQuotaExceeded }:
                case SqliteException { SqliteErrorCode: SqliteFull }:
                    return new DataFolderException(
                        $"no space left on the disk of the data folder {directory.Root} ({ex.Message}): free some space, then run the same command again; what was committed is kept", failure);
                case UnauthorizedAccessException:
                case IOException { HResult: ReadOnlyFileSystem or PermissionDenied }:
                case SqliteException { SqliteErrorCode: SqliteReadOnly }:
                    return new DataFolderException(
                        $"the data folder {directory.Root} is not writable ({ex.Message}): make it writable (chmod u+w, chattr -i, a read-write mount) or choose another with --data", failure);
                case SqliteException { SqliteErrorCode: SqliteCorrupt or SqliteNotADatabase }:
                    return new DataFolderException(
                        $"the store file {directory.StorePath} is damaged ({ex.Message}): restore a backup (expertgraph restore <backup>), or move it away and ingest again", failure);
                case LockObtainFailedException when ex.InnerException is null:
                    return new DataFolderException($"another process is writing the index in {directory.IndexPath}: wait for it to finish", failure);
            }
        }

        return null;
    }
}
