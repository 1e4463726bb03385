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
            Execute(_writer, "DELETE FROM collaborations; DELETE FROM person_stats;", transaction);
            using (var command = _writer.CreateCommand())
            {
                command.Transaction = transaction;
                command.CommandText = """
                    CREATE TEMP TABLE IF NOT EXISTS small_works (work_id INTEGER PRIMARY KEY);
                    DELETE FROM small_works;
                    INSERT INTO small_works
                        SELECT work_id FROM authorships GROUP BY work_id HAVING COUNT(DISTINCT person_id) BETWEEN 2 AND $max;
                    INSERT INTO collaborations (person_a, person_b, kind, work_count, first_year, last_year, example_work_ids)
                    SELECT a.person_id, b.person_id, w.kind, COUNT(DISTINCT w.id), MIN(w.year), MAX(w.year),
                           group_concat(DISTINCT w.id)
                    FROM small_works s
                    JOIN authorships a ON a.work_id = s.work_id
                    JOIN authorships b ON b.work_id = s.work_id AND a.person_id < b.person_id
                    JOIN works w ON w.id = s.work_id
                    GROUP BY a.person_id, b.person_id, w.kind;
                    INSERT INTO person_stats (person_id, work_count, paper_count, patent_count, project_count,
                                              citation_count, h_index, first_year, last_year)
                    SELECT pw.person_id, COUNT(*), SUM(w.kind = 1), SUM(w.kind = 2), SUM(w.kind = 3),
                           SUM(COALESCE(w.citation_count, 0)), 0, MIN(w.year), MAX(w.year)
                    FROM (SELECT DISTINCT person_id, work_id FROM authorships) pw
                    JOIN works w ON w.id = pw.work_id
                    GROUP BY pw.person_id;
                    DROP TABLE small_works;
                    """;
                command.Parameters.AddWithValue("$max", options.MaxAuthorsForCollaboration);
                command.ExecuteNonQuery();
            }

            UpdateHIndexes(transaction);
            Execute(_writer, "INSERT INTO store_flags(name, value) VALUES ('derived_stale', 0) ON CONFLICT(name) DO UPDATE SET value = 0", transaction);
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
            FROM (SELECT DISTINCT person_id, work_id FROM authorships) pw JOIN works w ON w.id = pw.work_id
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
