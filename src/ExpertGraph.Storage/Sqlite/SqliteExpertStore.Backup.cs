using ExpertGraph.Storage.Schema;
using Microsoft.Data.Sqlite;

namespace ExpertGraph.Storage.Sqlite;

public sealed partial class SqliteExpertStore
{
    /// <summary>The schema version this program writes and reads.</summary>
    public static int SchemaVersion => StoreSchema.Version;

    /// <summary>
    /// Copies the store, as of its last commit, into a new file at <paramref name="destinationPath"/> with SQLite's
    /// online backup API. Writers are held out meanwhile: the store's write gate (this process) and SQLite's write lock
    /// (other connections) are taken through a write session that commits nothing.
    /// </summary>
    public void BackupTo(string destinationPath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(destinationPath);
        if (File.Exists(destinationPath)) throw new IOException($"{destinationPath} already exists");
        using var writersOut = BeginWrite();
        using var source = OpenReader();
        using var destination = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = destinationPath, Pooling = false }.ToString());
        destination.Open();
        source.BackupDatabase(destination);
    }

    /// <summary>
    /// SQLite's full integrity check (every page, index and constraint; reads the whole file): null when the store is
    /// sound, else SQLite's first findings on one line.
    /// </summary>
    public string? FindDamage()
    {
        using var connection = OpenReader();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check(5)";
        var findings = new List<string>();
        using (var reader = command.ExecuteReader())
            while (reader.Read()) findings.Add(reader.GetString(0));
        return findings is ["ok"] ? null : string.Join("; ", findings.SelectMany(f => f.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)));
    }

    /// <summary>The schema version recorded in the store file.</summary>
    public long ReadSchemaVersion()
    {
        using var connection = OpenReader();
        return ScalarLong(connection, "SELECT COALESCE(MAX(version), 0) FROM schema_info");
    }
}
