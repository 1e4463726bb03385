using ExpertGraph.Core.Storage;
using Microsoft.Data.Sqlite;

namespace ExpertGraph.Storage.Sqlite;

public sealed partial class SqliteExpertStore
{
    /// <summary>
    /// Recomputes collaborations, person statistics, institution spans and concept profiles from authorships in one
    /// transaction, in process (<see cref="SqliteDerivedTables"/>, <see cref="SqliteConceptProfiles"/>). Derived data is
    /// never incremented in place: a re-run or a crash in the middle cannot double count.
    /// </summary>
    public void RebuildDerived(DerivedTablesOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _writerGate.Wait();
        try
        {
            using var transaction = _writer.BeginTransaction();
            Execute(_writer, "DELETE FROM collaborations; DELETE FROM person_stats; DELETE FROM person_institutions;", transaction);
            var personWorks = SqliteDerivedTables.Rebuild(_writer, options);
            SqliteConceptProfiles.Rebuild(_writer, transaction, personWorks, options);
            Execute(_writer, "INSERT INTO store_flags(name, value) VALUES ('derived_stale', 0) ON CONFLICT(name) DO UPDATE SET value = 0", transaction);
            Execute(_writer, DerivedGenerations.NewGenerationSql(), transaction);
            transaction.Commit();
        }
        finally
        {
            ReleaseWriter();
        }
    }
}
