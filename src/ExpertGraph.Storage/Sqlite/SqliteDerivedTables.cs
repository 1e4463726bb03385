using System.Runtime.InteropServices;
using ExpertGraph.Core.Model;
using ExpertGraph.Core.Storage;
using Microsoft.Data.Sqlite;

namespace ExpertGraph.Storage.Sqlite;

/// <summary>
/// Person statistics (with the h-index), person institution spans and collaborations of one rebuild, computed in process
/// for SQLite with the meaning of the SQL that PostgreSQL's rebuild runs in the server. SQLite ran that SQL through
/// temporary B-trees: every (person, work) pair copied into a temporary table, every authorship joined with its work by a
/// random read, the pairs of every small work grouped by (person, person, kind), the h-index ranked by a sort. Here the
/// works' four columns are read into arrays by id, the authorships once in person order from their covering index
/// (person, work, institution), and each table's rows are made in its primary key's order, so every insert appends.
/// Runs inside the rebuild's transaction on the write connection; the caller has emptied the three tables.
/// Ids must fit 31 bits (an embedded store numbers its rows from 1): a larger one is an error naming it.
/// </summary>
internal static class SqliteDerivedTables
{
    /// <summary>Writes the three tables and returns each person's works (once each), which the concept profiles sum.</summary>
    public static PersonWorks Rebuild(SqliteConnection connection, DerivedTablesOptions options)
    {
        var works = WorkColumns.Read(connection);
        var authorships = AuthorshipRows.Read(connection, works);
        WritePersonStats(connection, works, authorships);
        WritePersonInstitutions(connection, works, authorships);
        var personWorks = authorships.PersonWorks(works.Year);
        WriteCollaborations(connection, works, personWorks, options.MaxAuthorsForCollaboration);
        return personWorks;
    }

    /// <summary>
    /// One row per person with a work: works counted once each (a name written twice on a work is one person), by kind,
    /// citations summed (none counts 0), years spanned (works without one ignored), and the h-index among the works
    /// with citations.
    /// </summary>
    private static void WritePersonStats(SqliteConnection connection, WorkColumns works, AuthorshipRows rows)
    {
        using var insert = new RawStatement(connection, """
            INSERT INTO person_stats (person_id, work_count, paper_count, patent_count, project_count, citation_count, h_index, first_year, last_year)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
            """);
        var cited = new List<long>();
        foreach (var (start, end) in rows.Persons())
        {
            long count = 0, papers = 0, patents = 0, projects = 0, citations = 0;
            var years = YearSpan.Empty;
            cited.Clear();
            for (var i = start; i < end; i++)
            {
                var work = rows.Work[i];
                if (i > start && rows.Work[i - 1] == work) continue;
                count++;
                switch (works.Kind[work])
                {
                    case (int)WorkKind.Paper: papers++; break;
                    case (int)WorkKind.Patent: patents++; break;
                    case (int)WorkKind.Project: projects++; break;
                }

                citations += works.Citations[work];
                if (works.Citations[work] > 0) cited.Add(works.Citations[work]);
                years = years.With(works.Year[work]);
            }

            insert.Bind(1, rows.Person[start]).Bind(2, count).Bind(3, papers).Bind(4, patents).Bind(5, projects)
                .Bind(6, citations).Bind(7, HIndex(cited)).Bind(8, years.First).Bind(9, years.Last).Execute();
        }
    }

    /// <summary>The largest h such that h works have at least h citations each (counts above zero only).</summary>
    internal static long HIndex(List<long> citations)
    {
        citations.Sort((a, b) => b.CompareTo(a));
        var h = 0;
        while (h < citations.Count && citations[h] >= h + 1) h++;
        return h;
    }

    /// <summary>One row per (institution, person): the years spanned and the works counted once each.</summary>
    private static void WritePersonInstitutions(SqliteConnection connection, WorkColumns works, AuthorshipRows rows)
    {
        var spans = new List<InstitutionSpan>();
        var byInstitution = new Dictionary<int, int>();
        foreach (var (start, end) in rows.Persons())
        {
            byInstitution.Clear();
            for (var i = start; i < end; i++)
            {
                var institution = rows.Institution[i];
                if (institution == AuthorshipRows.NoInstitution) continue;
                var work = rows.Work[i];
                if (!byInstitution.TryGetValue(institution, out var index))
                {
                    byInstitution.Add(institution, index = spans.Count);
                    spans.Add(new InstitutionSpan(institution, rows.Person[start], YearSpan.Empty, 0, -1));
                }

                var span = spans[index];
                // Rows come by (work, institution): a work repeats for one institution only on adjacent rows of it.
                spans[index] = span with
                {
                    Years = span.Years.With(works.Year[work]),
                    Works = span.LastWork == work ? span.Works : span.Works + 1,
                    LastWork = work,
                };
            }
        }

        var ordered = CollectionsMarshal.AsSpan(spans);
        ordered.Sort(static (a, b) => a.Institution != b.Institution ? a.Institution.CompareTo(b.Institution) : a.Person.CompareTo(b.Person));
        using var insert = new RawStatement(connection,
            "INSERT INTO person_institutions (institution_id, person_id, first_year, last_year, work_count) VALUES (?1, ?2, ?3, ?4, ?5)");
        foreach (var span in ordered)
            insert.Bind(1, span.Institution).Bind(2, span.Person).Bind(3, span.Years.First).Bind(4, span.Years.Last).Bind(5, (long)span.Works).Execute();
    }

    /// <summary>
    /// One row per (person a, person b, kind) with a &lt; b who share a work of that kind with 2 to
    /// <paramref name="maxAuthors"/> persons: the shared works counted, their years spanned, the newest id as example.
    /// Made person by person in key order: each person's works, each work's persons after it.
    /// </summary>
    private static void WriteCollaborations(SqliteConnection connection, WorkColumns works, PersonWorks personWorks, int maxAuthors)
    {
        var workPersons = WorkPersons.From(personWorks, works.Length);
        using var insert = new RawStatement(connection, """
            INSERT INTO collaborations (person_a, person_b, kind, work_count, first_year, last_year, example_work_id)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
            """);
        var pairs = new Dictionary<long, Shared>();
        var keys = new List<long>();
        for (var p = 0; p < personWorks.Persons.Length; p++)
        {
            var a = personWorks.Persons[p];
            pairs.Clear();
            for (var i = personWorks.Starts[p]; i < personWorks.Starts[p + 1]; i++)
            {
                var work = personWorks.Works[i];
                var others = workPersons.Of(work);
                if (others.Length < 2 || others.Length > maxAuthors) continue;
                var kind = (uint)works.Kind[work];
                var year = works.Year[work];
                foreach (var b in others)
                {
                    if (b <= a) continue;
                    ref var shared = ref CollectionsMarshal.GetValueRefOrAddDefault(pairs, (long)b << 32 | kind, out var seen);
                    shared = seen ? shared.With(work, year) : new Shared(1, YearSpan.Empty.With(year), work);
                }
            }

            keys.Clear();
            keys.AddRange(pairs.Keys);
            keys.Sort();
            foreach (var key in keys)
            {
                var shared = pairs[key];
                insert.Bind(1, a).Bind(2, key >>> 32).Bind(3, (long)(int)(uint)key).Bind(4, shared.Works)
                    .Bind(5, shared.Years.First).Bind(6, shared.Years.Last).Bind(7, shared.Example).Execute();
            }
        }
    }

    private static int Id(long id, string column) => id is >= 0 and <= int.MaxValue
        ? (int)id
        : throw new StoreException($"{column} {id} is outside 0..{int.MaxValue}: the embedded store's derived rebuild keeps ids in 31 bits");

    /// <summary>The years a set of works spans; null ends when none has a year.</summary>
    private readonly record struct YearSpan(long? First, long? Last)
    {
        public static readonly YearSpan Empty = new(null, null);

        public YearSpan With(int year) => year == PersonWorks.NoYear
            ? this
            : new YearSpan(First is { } first ? Math.Min(first, year) : year, Last is { } last ? Math.Max(last, year) : year);
    }

    private readonly record struct InstitutionSpan(int Institution, int Person, YearSpan Years, int Works, int LastWork);

    private readonly record struct Shared(long Works, YearSpan Years, int Example)
    {
        public Shared With(int work, int year) => new(Works + 1, Years.With(year), Math.Max(Example, work));
    }

    /// <summary>Kind, year and citation count of every work, by id (a missing id has kind 0 and no row in any join).</summary>
    private sealed class WorkColumns
    {
        public required int[] Kind { get; init; }
        public required int[] Year { get; init; }
        public required long[] Citations { get; init; }
        public required bool[] Exists { get; init; }
        public int Length => Kind.Length;

        public static WorkColumns Read(SqliteConnection connection)
        {
            using var max = new RawStatement(connection, "SELECT COALESCE(MAX(id), 0) FROM works");
            var length = Id(max.QueryInt64() ?? 0, "works.id") + 1;
            var columns = new WorkColumns { Kind = new int[length], Year = new int[length], Citations = new long[length], Exists = new bool[length] };
            Array.Fill(columns.Year, PersonWorks.NoYear);
            using var select = new RawStatement(connection, "SELECT id, kind, year, citation_count FROM works");
            while (select.Step())
            {
                var id = Id(select.Int64(0), "works.id");
                columns.Exists[id] = true;
                columns.Kind[id] = (int)select.Int64(1);
                if (!select.IsNull(2)) columns.Year[id] = (int)select.Int64(2);
                columns.Citations[id] = select.Int64(3);
            }

            return columns;
        }
    }

    /// <summary>
    /// Every authorship of a stored work as (person, work, institution), in that order: read through the covering index
    /// ix_authorships_person_institution, which holds exactly these columns in this order (no sort, no table read).
    /// </summary>
    private sealed class AuthorshipRows
    {
        public const int NoInstitution = -1;

        public List<int> Person { get; } = [];
        public List<int> Work { get; } = [];
        public List<int> Institution { get; } = [];

        public static AuthorshipRows Read(SqliteConnection connection, WorkColumns works)
        {
            var rows = new AuthorshipRows();
            using var select = new RawStatement(connection,
                "SELECT person_id, work_id, institution_id FROM authorships ORDER BY person_id, work_id, institution_id");
            while (select.Step())
            {
                var work = Id(select.Int64(1), "authorships.work_id");
                if (work >= works.Length || !works.Exists[work]) continue;
                rows.Person.Add(Id(select.Int64(0), "authorships.person_id"));
                rows.Work.Add(work);
                rows.Institution.Add(select.IsNull(2) ? NoInstitution : Id(select.Int64(2), "authorships.institution_id"));
            }

            return rows;
        }

        public PersonWorks PersonWorks(int[] years)
        {
            var persons = new List<int>();
            var starts = new List<int>();
            var works = new List<int>();
            foreach (var (start, end) in Persons())
            {
                persons.Add(Person[start]);
                starts.Add(works.Count);
                for (var i = start; i < end; i++)
                    if (i == start || Work[i - 1] != Work[i]) works.Add(Work[i]);
            }

            starts.Add(works.Count);
            return new PersonWorks { Persons = [.. persons], Starts = [.. starts], Works = [.. works], WorkYears = years };
        }

        /// <summary>Each person's rows as [start, end).</summary>
        public IEnumerable<(int Start, int End)> Persons()
        {
            for (var start = 0; start < Person.Count;)
            {
                var end = start + 1;
                while (end < Person.Count && Person[end] == Person[start]) end++;
                yield return (start, end);
                start = end;
            }
        }
    }

    /// <summary>Persons within a work, ascending: the person-ordered pairs counted and placed by work.</summary>
    private sealed class WorkPersons
    {
        private readonly int[] _starts;
        private readonly int[] _persons;

        private WorkPersons(int[] starts, int[] persons) => (_starts, _persons) = (starts, persons);

        public ReadOnlySpan<int> Of(int work) => _persons.AsSpan(_starts[work], _starts[work + 1] - _starts[work]);

        public static WorkPersons From(PersonWorks personWorks, int workCount)
        {
            var starts = new int[workCount + 1];
            foreach (var work in personWorks.Works) starts[work + 1]++;
            for (var w = 0; w < workCount; w++) starts[w + 1] += starts[w];
            var persons = new int[personWorks.Works.Length];
            var next = starts[..^1];
            for (var p = 0; p < personWorks.Persons.Length; p++)
                for (var i = personWorks.Starts[p]; i < personWorks.Starts[p + 1]; i++)
                    persons[next[personWorks.Works[i]]++] = personWorks.Persons[p];
            return new WorkPersons(starts, persons);
        }
    }
}

/// <summary>
/// Each person's stored works, once each, ascending; persons ascending (one person's works are Works[Starts[p]..Starts[p+1]]);
/// and every work's year by id.
/// </summary>
internal sealed class PersonWorks
{
    public const int NoYear = int.MinValue;

    public required int[] WorkYears { get; init; }
    public required int[] Persons { get; init; }
    public required int[] Starts { get; init; }
    public required int[] Works { get; init; }
}
