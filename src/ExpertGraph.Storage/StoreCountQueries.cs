using ExpertGraph.Core.Storage;

namespace ExpertGraph.Storage;

/// <summary>The row counts both stores report, from one "count the rows of" function each store supplies.</summary>
internal static class StoreCountQueries
{
    /// <param name="rows">Runs SELECT COUNT(*) FROM the given table (and condition) on the store's connection.</param>
    public static StoreCounts Read(Func<string, long> rows) =>
        new(
            Works: rows("works"),
            Persons: rows("persons"),
            PersonKeys: rows("person_keys"),
            NameVariants: rows("name_variants"),
            Institutions: rows("institutions"),
            Authorships: rows("authorships"),
            Identifiers: rows("work_identifiers"),
            Collaborations: rows("collaborations"),
            Quarantined: rows("quarantine"),
            Files: rows("ingestion_files"))
        {
            CompletedFiles = rows($"ingestion_files WHERE status = {(int)FileStatus.Completed}"),
        };
}
