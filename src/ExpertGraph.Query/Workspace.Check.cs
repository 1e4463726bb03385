using ExpertGraph.Core.Model;
using ExpertGraph.Search.Indexing;
using ExpertGraph.Storage.Sqlite;

namespace ExpertGraph.Query;

public sealed partial class Workspace
{
    /// <summary>
    /// Reads all of the store and the index against their own checks (SQLite's integrity check; Lucene's CRC-32 of every
    /// file), which opening does not: damage inside a file shows only here, in backup, or when a query reaches it.
    /// Returns what is wrong, one line each with its fix; empty when all is sound.
    /// </summary>
    public IReadOnlyList<string> Check()
    {
        var problems = new List<string>();
        // A PostgreSQL store is checked by its server's own tools (amcheck, pg_dump); SQLite's file is checked here.
        if (_store is SqliteExpertStore sqlite && Guarded(Directory, sqlite.FindDamage) is { } damage)
            problems.Add($"the store file {Directory.StorePath} is damaged (integrity check: {damage}): restore a backup (expertgraph restore <backup>)");
        foreach (var name in (string[])["works", "experts"])
        {
            try
            {
                IndexIntegrity.VerifyChecksums(Path.Combine(Directory.IndexPath, name));
            }
            catch (IndexDamagedException ex)
            {
                problems.Add(ex.Message);
            }
        }

        return problems;
    }
}
