using ExpertGraph.Core.Storage;
using Microsoft.Data.Sqlite;

namespace ExpertGraph.Storage.Sqlite;

public sealed partial class SqliteExpertStore
{
    /// <summary>
    /// Recomputes collaborations and person statistics from authorships in one transaction. Derived data is never
    /// incremented in place: a re-run or a crash in the middle cannot double count.
    /// </summary>
    public void RebuildDerived(DerivedTablesOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _writerGate.Wait();
        try
        {
            using var transaction = _writer.BeginTransaction();
            Execute(_writer, "DELETE FROM collaborations; DELETE FROM person_stats; DELETE FROM person_institutions;", transaction);
            using (var command = _writer.CreateCommand())
            {
                command.Transaction = transaction;
                // work_persons: each person once per work (a name written twice on a work resolves to one person).
                command.CommandText = """
                    CREATE TEMP TABLE IF NOT EXISTS work_persons (work_id INTEGER NOT NULL, person_id INTEGER NOT NULL,
                        PRIMARY KEY (work_id, person_id)) WITHOUT ROWID;
                    CREATE TEMP TABLE IF NOT EXISTS small_works (work_id INTEGER PRIMARY KEY, kind INTEGER, year INTEGER);
                    DELETE FROM work_persons;
                    DELETE FROM small_works;
                    INSERT OR IGNORE INTO work_persons SELECT work_id, person_id FROM authorships ORDER BY work_id, person_id;
                    INSERT INTO small_works
                        SELECT wp.work_id, w.kind, w.year FROM work_persons wp JOIN works w ON w.id = wp.work_id
                        GROUP BY wp.work_id HAVING COUNT(*) BETWEEN 2 AND $max;
                    INSERT INTO collaborations (person_a, person_b, kind, work_count, first_year, last_year, example_work_id)
                    SELECT a.person_id, b.person_id, s.kind, COUNT(*), MIN(s.year), MAX(s.year), MAX(s.work_id)
                    FROM small_works s
                    JOIN work_persons a ON a.work_id = s.work_id
                    JOIN work_persons b ON b.work_id = s.work_id AND b.person_id > a.person_id
                    GROUP BY a.person_id, b.person_id, s.kind;
                    INSERT INTO person_institutions (institution_id, person_id, first_year, last_year, work_count)
                    SELECT a.institution_id, a.person_id, MIN(w.year), MAX(w.year), COUNT(DISTINCT a.work_id)
                    FROM authorships a JOIN works w ON w.id = a.work_id
                    WHERE a.institution_id IS NOT NULL
                    GROUP BY a.institution_id, a.person_id;
                    INSERT INTO person_stats (person_id, work_count, paper_count, patent_count, project_count,
                                              citation_count, h_index, first_year, last_year)
                    SELECT wp.person_id, COUNT(*), SUM(w.kind = 1), SUM(w.kind = 2), SUM(w.kind = 3),
                           SUM(COALESCE(w.citation_count, 0)), 0, MIN(w.year), MAX(w.year)
                    FROM work_persons wp
                    JOIN works w ON w.id = wp.work_id
                    GROUP BY wp.person_id;
                    """;
                command.Parameters.AddWithValue("$max", options.MaxAuthorsForCollaboration);
                command.ExecuteNonQuery();
            }

            UpdateHIndexes(transaction);
            SqliteConceptProfiles.Rebuild(_writer, transaction, options);
            Execute(_writer, "DROP TABLE work_persons; DROP TABLE small_works;", transaction);
            Execute(_writer, "INSERT INTO store_flags(name, value) VALUES ('derived_stale', 0) ON CONFLICT(name) DO UPDATE SET value = 0", transaction);
            Execute(_writer, DerivedGenerations.NewGenerationSql(), transaction);
            transaction.Commit();
        }
        finally
        {
            _writerGate.Release();
        }
    }

    private void UpdateHIndexes(SqliteTransaction transaction)
    {
        // h-index within the corpus: streamed per person in citation order, written only where it is above zero.
        using var update = _writer.CreateCommand();
        update.Transaction = transaction;
        update.CommandText = "UPDATE person_stats SET h_index = $h WHERE person_id = $id";
        var hParameter = update.Parameters.Add("$h", SqliteType.Integer);
        var idParameter = update.Parameters.Add("$id", SqliteType.Integer);

        using var select = _writer.CreateCommand();
        select.Transaction = transaction;
        select.CommandText = """
            SELECT pw.person_id, w.citation_count
            FROM work_persons pw JOIN works w ON w.id = pw.work_id
            WHERE w.citation_count > 0
            ORDER BY pw.person_id, w.citation_count DESC
            """;
        using var reader = select.ExecuteReader();
        long current = -1;
        var rank = 0;
        var h = 0;
        void Flush()
        {
            if (current < 0 || h == 0) return;
            hParameter.Value = h;
            idParameter.Value = current;
            update.ExecuteNonQuery();
        }

        while (reader.Read())
        {
            var person = reader.GetInt64(0);
            if (person != current)
            {
                Flush();
                current = person;
                rank = 0;
                h = 0;
            }

            rank++;
            if (reader.GetInt64(1) >= rank) h = rank;
        }

        Flush();
    }
}
