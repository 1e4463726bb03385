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

        using var insert = Command(connection, transaction,
            "INSERT INTO person_concepts (person_id, concept_id, weight, work_count) VALUES ($person, $concept, $weight, $works)");
        var person = insert.Parameters.Add("$person", SqliteType.Integer);
        var concept = insert.Parameters.Add("$concept", SqliteType.Text);
        var weight = insert.Parameters.Add("$weight", SqliteType.Real);
        var works = insert.Parameters.Add("$works", SqliteType.Integer);
        insert.Prepare();

        using var select = Command(connection, transaction, "SELECT person_id, work_id FROM work_persons ORDER BY person_id, work_id");
        using var reader = select.ExecuteReader();
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
            person.Value = current;
            foreach (var (id, sum, count) in ranked)
            {
                concept.Value = tags.ConceptIds[id];
                weight.Value = sum;
                works.Value = count;
                insert.ExecuteNonQuery();
            }

            sums.Clear();
        }

        while (reader.Read())
        {
            var personId = reader.GetInt64(0);
            if (personId != current)
            {
                Flush();
                current = personId;
            }

            foreach (var (id, tagWeight) in tags.Of(reader.GetInt64(1)))
            {
                ref var sum = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(sums, id, out _);
                sum = (sum.Weight + tagWeight, sum.Works + 1);
            }
        }

        Flush();
        using var index = Command(connection, transaction, "CREATE INDEX ix_person_concepts_concept ON person_concepts(concept_id, weight)");
        index.ExecuteNonQuery();
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
