using ExpertGraph.Core.Storage;
using ExpertGraph.Storage.Schema;
using Npgsql;

namespace ExpertGraph.Storage.Postgres;

public sealed partial class PostgresExpertStore
{
    /// <summary>
    /// Recomputes collaborations and person statistics from authorships in one transaction under the writer lock, as
    /// the embedded store does; derived rows are never incremented in place. The new rows go into fresh tables without
    /// indexes, the primary keys are built once by sorting, and the tables are swapped at the end: inserting 12M rows
    /// into a live primary key (1M works) took over half an hour, the sorted build minutes. Readers read the previous
    /// rows until the swap, whose lock is held only for the last statements of the transaction.
    /// </summary>
    public void RebuildDerived(DerivedTablesOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ObjectDisposedException.ThrowIf(_disposed, this);
        _writerGate.Wait();
        try
        {
            PostgresErrors.Run("rebuilding derived tables", () =>
            {
                using var connection = _dataSource.OpenConnection();
                using var transaction = connection.BeginTransaction();
                Execute(connection, transaction, $"SELECT pg_advisory_xact_lock({WriterLock})");
                // The pair aggregation and the h-index ranking sort millions of rows: in memory, not in spill files
                // (the server's default work_mem is 4 MB; SET LOCAL ends with the transaction).
                // The limit is an int of ours, formatted invariantly: CREATE TABLE AS takes no parameters.
                var max = options.MaxAuthorsForCollaboration.ToString(System.Globalization.CultureInfo.InvariantCulture);
                using (var command = new NpgsqlCommand($$"""
                    SET LOCAL work_mem = '256MB';
                    SET LOCAL maintenance_work_mem = '512MB';
                    CREATE TEMP TABLE work_persons ON COMMIT DROP AS
                        SELECT DISTINCT work_id, person_id FROM authorships;
                    CREATE TEMP TABLE small_works ON COMMIT DROP AS
                        SELECT wp.work_id, MIN(w.kind) AS kind, MIN(w.year) AS year
                        FROM work_persons wp JOIN works w ON w.id = wp.work_id
                        GROUP BY wp.work_id HAVING COUNT(*) BETWEEN 2 AND {{max}};
                    CREATE INDEX ON work_persons (work_id);
                    ANALYZE work_persons;
                    ANALYZE small_works;
                    CREATE TABLE collaborations_next (LIKE collaborations INCLUDING DEFAULTS);
                    INSERT INTO collaborations_next (person_a, person_b, kind, work_count, first_year, last_year, example_work_id)
                    SELECT a.person_id, b.person_id, s.kind, COUNT(*), MIN(s.year), MAX(s.year), MAX(s.work_id)
                    FROM small_works s
                    JOIN work_persons a ON a.work_id = s.work_id
                    JOIN work_persons b ON b.work_id = s.work_id AND b.person_id > a.person_id
                    GROUP BY a.person_id, b.person_id, s.kind;
                    ALTER TABLE collaborations_next ADD PRIMARY KEY (person_a, person_b, kind);
                    CREATE TABLE person_institutions_next (LIKE person_institutions INCLUDING DEFAULTS);
                    INSERT INTO person_institutions_next (institution_id, person_id, first_year, last_year, work_count)
                    SELECT a.institution_id, a.person_id, MIN(w.year), MAX(w.year), COUNT(DISTINCT a.work_id)
                    FROM authorships a JOIN works w ON w.id = a.work_id
                    WHERE a.institution_id IS NOT NULL
                    GROUP BY a.institution_id, a.person_id;
                    ALTER TABLE person_institutions_next ADD PRIMARY KEY (institution_id, person_id);
                    CREATE TABLE person_stats_next (LIKE person_stats INCLUDING DEFAULTS);
                    INSERT INTO person_stats_next (person_id, work_count, paper_count, patent_count, project_count,
                                                   citation_count, h_index, first_year, last_year)
                    SELECT wp.person_id, COUNT(*),
                           COUNT(*) FILTER (WHERE w.kind = 1), COUNT(*) FILTER (WHERE w.kind = 2), COUNT(*) FILTER (WHERE w.kind = 3),
                           SUM(COALESCE(w.citation_count, 0)), COALESCE(MAX(h.h), 0), MIN(w.year), MAX(w.year)
                    FROM work_persons wp JOIN works w ON w.id = wp.work_id
                    LEFT JOIN (SELECT person_id, MAX(rank) AS h
                               FROM (SELECT wp.person_id, w.citation_count,
                                            ROW_NUMBER() OVER (PARTITION BY wp.person_id ORDER BY w.citation_count DESC) AS rank
                                     FROM work_persons wp JOIN works w ON w.id = wp.work_id
                                     WHERE w.citation_count > 0) ranked
                               WHERE citation_count >= rank
                               GROUP BY person_id) h ON h.person_id = wp.person_id
                    GROUP BY wp.person_id;
                    ALTER TABLE person_stats_next ADD PRIMARY KEY (person_id);
                    {{ConceptProfiles.RebuildSql(SqlDialect.Postgres, options)}}
                    DROP TABLE collaborations;
                    ALTER TABLE collaborations_next RENAME TO collaborations;
                    ALTER INDEX collaborations_next_pkey RENAME TO collaborations_pkey;
                    DROP TABLE person_institutions;
                    ALTER TABLE person_institutions_next RENAME TO person_institutions;
                    ALTER INDEX person_institutions_next_pkey RENAME TO person_institutions_pkey;
                    DROP TABLE person_stats;
                    ALTER TABLE person_stats_next RENAME TO person_stats;
                    ALTER INDEX person_stats_next_pkey RENAME TO person_stats_pkey;
                    INSERT INTO store_flags (name, value) VALUES ('derived_stale', 0) ON CONFLICT (name) DO UPDATE SET value = 0;
                    {{DerivedGenerations.NewGenerationSql()}}
                    """, connection, transaction))
                {
                    command.CommandTimeout = 0;
                    command.ExecuteNonQuery();
                }

                transaction.Commit();
            });
        }
        finally
        {
            _writerGate.Release();
        }
    }
}
