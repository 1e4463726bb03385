using ExpertGraph.Search.Careers;

namespace ExpertGraph.Search.Growth;

/// <summary>
/// Collects dated works and co-authorships into a <see cref="CareerHistory"/>: from the store's person facts
/// (<see cref="FromFacts"/>), from a per-year source such as csrankings, or by hand in tests. Co-authors are those who
/// share a work (of at most <see cref="MaxAuthorsForCoauthors"/> persons, the rule of the derived collaborations) plus any
/// added with <see cref="AddCoauthors"/>.
/// </summary>
public sealed class CareerHistoryBuilder
{
    public const int MaxAuthorsForCoauthors = 25;

    private readonly List<long> _personKeys = [];
    private readonly List<string?> _labels = [];
    private readonly List<int> _fields = [];
    private readonly Dictionary<long, int> _persons = [];
    private readonly List<string> _fieldNames = [];
    private readonly Dictionary<string, int> _fieldIndex = new(StringComparer.Ordinal);
    private readonly List<(int Person, short Year, int Citations, bool Known, int Institution, long Work, int Venue)> _entries = [];
    private readonly List<(int A, int B, short Year)> _pairs = [];
    private readonly List<long> _institutionKeys = [];
    private readonly List<string> _institutionNames = [];
    private readonly List<string?> _institutionCountries = [];
    private readonly Dictionary<long, int> _institutions = [];
    private bool _labelled;

    /// <summary>Adds a person (again: updates the label and field); works of a person never added add them unnamed.</summary>
    public CareerHistoryBuilder AddPerson(long key, string? label = null, string? field = null)
    {
        var row = Row(key);
        if (label is not null)
        {
            _labels[row] = label;
            _labelled = true;
        }

        if (field is not null)
        {
            if (!_fieldIndex.TryGetValue(field, out var index))
            {
                _fieldNames.Add(field);
                _fieldIndex[field] = index = _fieldNames.Count - 1;
            }

            _fields[row] = index;
        }

        return this;
    }

    /// <summary>
    /// Adds a dated work of a person; <paramref name="citations"/> null: the source gives none; <paramref name="work"/>:
    /// the work's key, shared by its authors (null: a work of this person alone, as per-year counts are);
    /// <paramref name="venue"/>: the index of the work's venue (journal, conference; -1: none given).
    /// </summary>
    public CareerHistoryBuilder AddWork(long person, int year, int? citations, Institution? institution = null, long? work = null, int venue = -1)
    {
        if (year is <= 0 or > short.MaxValue) return this;
        var institutionIndex = -1;
        if (institution is { } known && !_institutions.TryGetValue(known.Key, out institutionIndex))
        {
            _institutionKeys.Add(known.Key);
            _institutionNames.Add(known.Name);
            _institutionCountries.Add(known.CountryCode);
            _institutions[known.Key] = institutionIndex = _institutionKeys.Count - 1;
        }

        _entries.Add((Row(person), (short)year, Math.Max(0, citations ?? 0), citations is not null, institutionIndex, work ?? -1, venue));
        return this;
    }

    /// <summary>Records that two persons wrote together in a year (for sources that give co-authorships apart from works).</summary>
    public CareerHistoryBuilder AddCoauthors(long person, long coauthor, int year)
    {
        if (person == coauthor || year is <= 0 or > short.MaxValue) return this;
        _pairs.Add((Row(person), Row(coauthor), (short)year));
        return this;
    }

    /// <summary>An institution of a work: its key, name and country (ISO code, null: unknown).</summary>
    public readonly record struct Institution(long Key, string Name, string? CountryCode);

    public CareerHistory Build()
    {
        var n = _personKeys.Count;
        // Works by person, then year, then work key.
        var order = Enumerable.Range(0, _entries.Count).ToArray();
        Array.Sort(order, (x, y) =>
        {
            var (a, b) = (_entries[x], _entries[y]);
            return a.Person != b.Person ? a.Person.CompareTo(b.Person) : a.Year != b.Year ? a.Year.CompareTo(b.Year) : a.Work.CompareTo(b.Work);
        });
        var workStart = new int[n + 1];
        foreach (var entry in _entries) workStart[entry.Person + 1]++;
        for (var i = 0; i < n; i++) workStart[i + 1] += workStart[i];
        var years = new short[order.Length];
        var citations = new int[order.Length];
        var known = new bool[order.Length];
        var institutions = new int[order.Length];
        var venues = new int[order.Length];
        for (var i = 0; i < order.Length; i++)
        {
            var entry = _entries[order[i]];
            (years[i], citations[i], known[i], institutions[i], venues[i]) = (entry.Year, entry.Citations, entry.Known, entry.Institution, entry.Venue);
        }

        var (coauthorStart, coauthors, coauthorYears) = Coauthors(n);
        return new CareerHistory(new CareerHistoryData(
            [.. _personKeys], _labelled ? [.. _labels.Select(label => label ?? "")] : null, [.. _fields], [.. _fieldNames], workStart, years, citations, known,
            institutions, coauthorStart, coauthors, coauthorYears, [.. _institutionKeys], [.. _institutionNames], [.. _institutionCountries], venues));
    }

    /// <summary>
    /// The history of the store's persons: their dated works from the person facts, with each work's citations known
    /// when <paramref name="worksWithCitations"/> holds it (null: known when above zero), each work's venue index from
    /// <paramref name="workVenues"/> (work id → venue; a work not in it has none), co-authors from shared works.
    /// </summary>
    public static CareerHistory FromFacts(PersonFacts facts, IReadOnlySet<long>? worksWithCitations = null, IReadOnlyDictionary<long, int>? workVenues = null)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var d = facts.Data;
        var builder = new CareerHistoryBuilder();
        for (var row = 0; row < d.PersonIds.Length; row++)
        {
            builder.AddPerson(d.PersonIds[row], field: d.PersonFields[row] >= 0 ? d.Fields[d.PersonFields[row]] : null);
            for (var i = d.WorkStart[row]; i < d.WorkStart[row + 1]; i++)
            {
                if (d.WorkYears[i] <= 0) continue;
                var institution = d.WorkInstitutions[i] is >= 0 and var index
                    ? new Institution(d.InstitutionIds[index], d.InstitutionNames[index], d.InstitutionCountries[index] >= 0 ? d.Countries[d.InstitutionCountries[index]] : null)
                    : (Institution?)null;
                var cited = worksWithCitations?.Contains(d.WorkIds[i]) ?? d.WorkCitations[i] > 0;
                var venue = workVenues is not null && workVenues.TryGetValue(d.WorkIds[i], out var v) ? v : -1;
                builder.AddWork(d.PersonIds[row], d.WorkYears[i], cited ? d.WorkCitations[i] : null, institution, d.WorkIds[i], venue);
            }
        }

        return builder.Build();
    }

    private int Row(long key)
    {
        if (_persons.TryGetValue(key, out var row)) return row;
        _personKeys.Add(key);
        _labels.Add(null);
        _fields.Add(-1);
        return _persons[key] = _personKeys.Count - 1;
    }

    /// <summary>Each person's distinct co-authors with the first year together: from shared works and added pairs.</summary>
    private (int[] Start, int[] Coauthors, short[] Years) Coauthors(int n)
    {
        var directed = new List<(int A, int B, short Year)>();
        foreach (var (a, b, year) in _pairs)
        {
            directed.Add((a, b, year));
            directed.Add((b, a, year));
        }

        // Works shared by several persons: entries grouped by work key.
        var shared = _entries.Where(e => e.Work >= 0).OrderBy(e => e.Work).ThenBy(e => e.Person).ToList();
        for (var start = 0; start < shared.Count;)
        {
            var stop = start;
            while (stop < shared.Count && shared[stop].Work == shared[start].Work) stop++;
            if (stop - start is > 1 and <= MaxAuthorsForCoauthors)
            {
                for (var i = start; i < stop; i++)
                    for (var j = start; j < stop; j++)
                        if (shared[i].Person != shared[j].Person) directed.Add((shared[i].Person, shared[j].Person, shared[i].Year));
            }

            start = stop;
        }

        directed.Sort((x, y) => x.A != y.A ? x.A.CompareTo(y.A) : x.B != y.B ? x.B.CompareTo(y.B) : x.Year.CompareTo(y.Year));
        var begin = new int[n + 1];
        var coauthors = new List<int>();
        var years = new List<short>();
        for (var i = 0; i < directed.Count; i++)
        {
            if (i > 0 && directed[i].A == directed[i - 1].A && directed[i].B == directed[i - 1].B) continue;
            coauthors.Add(directed[i].B);
            years.Add(directed[i].Year);
            begin[directed[i].A + 1]++;
        }

        for (var i = 0; i < n; i++) begin[i + 1] += begin[i];
        return (begin, [.. coauthors], [.. years]);
    }
}
