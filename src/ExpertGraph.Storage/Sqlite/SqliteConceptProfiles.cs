using ExpertGraph.Core.Storage;
using ExpertGraph.Core.Text;
using Microsoft.Data.Sqlite;

namespace ExpertGraph.Storage.Sqlite;

/// <summary>
/// The person concept profiles of <see cref="ConceptProfiles"/> (same weights, same cut, same order of ties), computed in
/// process for SQLite: its GROUP BY over (person, concept) and the ranking window sort every (person, work, named tag)
/// row through temporary B-trees: 33 s of a 57 s derived rebuild at 100K works (7.4M rows). Here the named tags are read
/// once into arrays by work, each person's works are summed in a small map and the strongest kept, written in key order:
/// about 9 s, the rebuild 16 s (RESULTS.md); the rows are the SQL's, weights to the last bit or two (a group's terms are
/// summed in work order here, in the SQL's own order there). PostgreSQL keeps the SQL (hash aggregation in the server,
/// no rows to the client).
/// Runs in the rebuild's transaction, with each person's works as <see cref="SqliteDerivedTables"/> read them.
/// </summary>
internal static class SqliteConceptProfiles
{
    public static void Rebuild(SqliteConnection connection, SqliteTransaction transaction, PersonWorks personWorks, DerivedTablesOptions options)
    {
        using (var delete = Command(connection, transaction, "DELETE FROM person_concepts"))
            delete.ExecuteNonQuery();
        var tags = WorkTags.Read(connection, personWorks.WorkYears, options.ConceptHalfLifeYears);
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

        // Each person's works in ascending order, a work's tags by concept id: one fixed order, so every rebuild of the
        // same rows gives the same floating-point sums.
        for (var p = 0; p < personWorks.Persons.Length; p++)
        {
            Flush();
            current = personWorks.Persons[p];
            for (var i = personWorks.Starts[p]; i < personWorks.Starts[p + 1]; i++)
            {
                foreach (var (id, tagWeight) in tags.Of(personWorks.Works[i]))
                {
                    ref var sum = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(sums, id, out _);
                    sum = (sum.Weight + tagWeight, sum.Works + 1);
                }
            }
        }

        Flush();
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, string text)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = text;
        return command;
    }

    /// <summary>
    /// Every work's named tags, weighted by the work's recency, in arrays indexed by work id (a work's tags are
    /// Concepts[Starts[w]..Starts[w+1]]): 12 bytes a tag, concept ids interned. Read without a join: the years are the
    /// works' as <see cref="SqliteDerivedTables"/> read them.
    /// </summary>
    private sealed class WorkTags
    {
        private int[] _starts = [];
        private readonly List<int> _concepts = [];
        private readonly List<double> _weights = [];
        private int[] _byteOrder = [];
        private readonly Utf8StringPool _ids = new();

        public IReadOnlyList<string> ConceptIds => _ids.Strings;

        public static WorkTags Read(SqliteConnection connection, int[] years, double halfLifeYears)
        {
            var tags = new WorkTags { _starts = new int[years.Length + 1] };
            // As the SQL: recency is counted back from the newest year of any work, 0 when none has one.
            var newest = 0L;
            var anyYear = false;
            foreach (var year in years)
            {
                if (year == PersonWorks.NoYear) continue;
                newest = anyYear ? Math.Max(newest, year) : year;
                anyYear = true;
            }

            using var select = new RawStatement(connection, "SELECT work_id, tags FROM work_tags ORDER BY work_id");
            var next = 0;
            while (select.Step())
            {
                var work = select.Int64(0);
                if (work < 0 || work >= years.Length) continue;
                while (next <= work) tags._starts[next++] = tags._concepts.Count;
                // As the SQL: a work without a year counts half; otherwise h / (h + years before the store's newest).
                var year = years[work];
                var recency = year == PersonWorks.NoYear ? 0.5 : halfLifeYears / (halfLifeYears + Math.Max(0, newest - year));
                var entries = WorkTagsJson.Start(select.Bytes(1));
                while (WorkTagsJson.Next(ref entries, out var utf8, out var weight, out var matched))
                {
                    if (!matched) continue;
                    tags._concepts.Add(tags._ids.IdOf(utf8));
                    tags._weights.Add(weight * recency);
                }
            }

            while (next < tags._starts.Length) tags._starts[next++] = tags._concepts.Count;
            tags.RankIds();
            return tags;
        }

        public IEnumerable<(int Concept, double Weight)> Of(int work)
        {
            for (var i = _starts[work]; i < _starts[work + 1]; i++) yield return (_concepts[i], _weights[i]);
        }

        public int CompareIds(int a, int b) => _byteOrder[a].CompareTo(_byteOrder[b]);

        private void RankIds()
        {
            // SQLite's BINARY order of the ids' UTF-8 bytes is their code point order.
            var order = Enumerable.Range(0, ConceptIds.Count).OrderBy(i => ConceptIds[i], Comparer<string>.Create(CodePointOrder.Compare)).ToArray();
            _byteOrder = new int[order.Length];
            for (var rank = 0; rank < order.Length; rank++) _byteOrder[order[rank]] = rank;
        }
    }
}
