using ExpertGraph.Core.Storage;
using Microsoft.Data.Sqlite;

namespace ExpertGraph.Storage.Sqlite;

/// <summary>
/// The person concept profiles of <see cref="ConceptProfiles"/> (same weights, same cut, same order of ties), computed in
/// process for SQLite: its GROUP BY over (person, concept) and the ranking window sort every (person, work, named tag)
/// row through temporary B-trees: 33 s of a 57 s derived rebuild at 100K works (7.4M rows). Here the named tags are read
/// once into arrays by work, each person's works are summed in a small map and the strongest kept, written in key order
/// with the concept index made after: about 9 s, the rebuild 16 s, the rows bit for bit the SQL's (RESULTS.md). PostgreSQL keeps the SQL (hash aggregation in the server, no rows to the client).
/// Runs in the rebuild's transaction, after the temp table work_persons exists.
/// </summary>
internal static class SqliteConceptProfiles
{
    public static void Rebuild(SqliteConnection connection, SqliteTransaction transaction, DerivedTablesOptions options)
    {
        // The concept index is dropped and made again after the rows: one sort instead of a million random inserts.
        using (var delete = Command(connection, transaction, "DELETE FROM person_concepts; DROP INDEX IF EXISTS ix_person_concepts_concept"))
            delete.ExecuteNonQuery();
        var tags = WorkTags.Read(connection, transaction, options.ConceptHalfLifeYears);
        var conceptIds = tags.ConceptIds.Select(System.Text.Encoding.UTF8.GetBytes).ToArray();

        // Positional binding and ids encoded once: 10.4M rows at 1M works, where binding by name cost more than SQLite.
        using var insert = new RawStatement(connection, "INSERT INTO person_concepts (person_id, concept_id, weight, work_count) VALUES (?1, ?2, ?3, ?4)");
        var sums = new Dictionary<int, (double Weight, int Works)>();
        var ranked = new List<(int Concept, double Weight, int Works)>();
        long current = -1;
        void Flush()
        {
            if (sums.Count == 0) return;
            ranked.Clear();
            foreach (var (id, sum) in sums) ranked.Add((id, sum.Weight, sum.Works));
            // Strongest first; equal weights by concept id (SQLite's BINARY order of the ids' UTF-8 bytes). The kept ones
            // are written in primary-key order, so each row appends to the table's B-tree.
            ranked.Sort((a, b) => b.Weight.CompareTo(a.Weight) is var byWeight and not 0 ? byWeight : tags.CompareIds(a.Concept, b.Concept));
            if (ranked.Count > options.ConceptsPerPerson) ranked.RemoveRange(options.ConceptsPerPerson, ranked.Count - options.ConceptsPerPerson);
            ranked.Sort((a, b) => tags.CompareIds(a.Concept, b.Concept));
            foreach (var (id, sum, count) in ranked)
                insert.Bind(1, current).BindUtf8(2, conceptIds[id]).Bind(3, sum).Bind(4, (long)count).Execute();

            sums.Clear();
        }

        foreach (var (personId, workId) in PairsByPerson(connection, transaction))
        {
            if (personId != current)
            {
                Flush();
                current = personId;
            }

            foreach (var (id, tagWeight) in tags.Of(workId))
            {
                ref var sum = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(sums, id, out _);
                sum = (sum.Weight + tagWeight, sum.Works + 1);
            }
        }

        Flush();
        using var index = Command(connection, transaction, "CREATE INDEX ix_person_concepts_concept ON person_concepts(concept_id, weight)");
        index.ExecuteNonQuery();
    }

    /// <summary>
    /// Every (person, work) of work_persons in (person, work) order, as the sums need them (the same order, so the same
    /// floating-point sums). Read in the table's own order and sorted here as one 64-bit key each: SQLite's ORDER BY
    /// sorted them through a temporary B-tree, 10 s of the rebuild at 1M works (5.3M pairs). A person id past 31 bits or
    /// a work id past 32, which no store has, falls back to the SQL's order.
    /// </summary>
    private static IEnumerable<(long Person, long Work)> PairsByPerson(SqliteConnection connection, SqliteTransaction transaction)
    {
        var keys = new List<long>();
        using (var select = Command(connection, transaction, "SELECT person_id, work_id FROM work_persons"))
        using (var reader = select.ExecuteReader())
        {
            while (reader.Read())
            {
                var (person, work) = (reader.GetInt64(0), reader.GetInt64(1));
                if (person is < 0 or > int.MaxValue || work is < 0 or > uint.MaxValue) return PairsBySql(connection, transaction);
                keys.Add(person << 32 | work);
            }
        }

        var sorted = keys.ToArray();
        keys.Clear();
        Array.Sort(sorted);
        return sorted.Select(key => (key >>> 32, key & uint.MaxValue));
    }

    private static IEnumerable<(long Person, long Work)> PairsBySql(SqliteConnection connection, SqliteTransaction transaction)
    {
        using var select = Command(connection, transaction, "SELECT person_id, work_id FROM work_persons ORDER BY person_id, work_id");
        using var reader = select.ExecuteReader();
        while (reader.Read()) yield return (reader.GetInt64(0), reader.GetInt64(1));
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, string text)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = text;
        return command;
    }

    /// <summary>
    /// Every work's named tags, weighted by the work's recency, in arrays ordered by work id (a work's tags are found by
    /// binary search): 12 bytes a tag, concept ids interned.
    /// </summary>
    private sealed class WorkTags
    {
        private readonly List<long> _works = [];
        private readonly List<int> _starts = [];
        private readonly List<int> _concepts = [];
        private readonly List<double> _weights = [];
        private int[] _byteOrder = [];

        public List<string> ConceptIds { get; } = [];

        public static WorkTags Read(SqliteConnection connection, SqliteTransaction transaction, double halfLifeYears)
        {
            var tags = new WorkTags();
            var interned = new Dictionary<string, int>(StringComparer.Ordinal);
            using var select = Command(connection, transaction, """
                SELECT c.work_id, c.concept_id, c.weight, w.year, r.year
                FROM work_concepts c
                JOIN works w ON w.id = c.work_id
                CROSS JOIN (SELECT COALESCE(MAX(year), 0) AS year FROM works) r
                WHERE c.matched = 1
                ORDER BY c.work_id
                """);
            using var reader = select.ExecuteReader();
            long work = -1;
            while (reader.Read())
            {
                var workId = reader.GetInt64(0);
                if (workId != work)
                {
                    tags._works.Add(workId);
                    tags._starts.Add(tags._concepts.Count);
                    work = workId;
                }

                var conceptId = reader.GetString(1);
                if (!interned.TryGetValue(conceptId, out var id))
                {
                    id = tags.ConceptIds.Count;
                    interned.Add(conceptId, id);
                    tags.ConceptIds.Add(conceptId);
                }

                // As the SQL: a work without a year counts half; otherwise h / (h + years before the store's newest).
                var recency = reader.IsDBNull(3) ? 0.5 : halfLifeYears / (halfLifeYears + Math.Max(0, reader.GetInt64(4) - reader.GetInt64(3)));
                tags._concepts.Add(id);
                tags._weights.Add(reader.GetDouble(2) * recency);
            }

            tags._starts.Add(tags._concepts.Count);
            tags.RankIds();
            return tags;
        }

        public IEnumerable<(int Concept, double Weight)> Of(long work)
        {
            var index = _works.BinarySearch(work);
            if (index < 0) yield break;
            for (var i = _starts[index]; i < _starts[index + 1]; i++) yield return (_concepts[i], _weights[i]);
        }

        public int CompareIds(int a, int b) => _byteOrder[a].CompareTo(_byteOrder[b]);

        private void RankIds()
        {
            var order = Enumerable.Range(0, ConceptIds.Count)
                .OrderBy(i => System.Text.Encoding.UTF8.GetBytes(ConceptIds[i]), ByteOrder.Instance)
                .ToArray();
            _byteOrder = new int[order.Length];
            for (var rank = 0; rank < order.Length; rank++) _byteOrder[order[rank]] = rank;
        }

        private sealed class ByteOrder : IComparer<byte[]>
        {
            public static readonly ByteOrder Instance = new();

            public int Compare(byte[]? x, byte[]? y) => x.AsSpan().SequenceCompareTo(y);
        }
    }
}
