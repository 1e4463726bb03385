using System.Buffers;
using System.Collections.Concurrent;
using ExpertGraph.Core.Model;

namespace ExpertGraph.Search.Careers;

/// <summary>
/// What scout filters read of every person, held in flat arrays (a few tens of bytes per authorship): each person's works
/// with year, kind, citations, the institution they wrote it at and the countries on it, sorted by year; the institutions;
/// each person's field (strongest concept at <see cref="FieldLevel"/>). From these any date's career is computed — works
/// up to then, career age, institution then, h-index, country ties and the stage, against the field as it stood then.
/// Built by <see cref="PersonFactsBuilder"/>, cached by <see cref="PersonFactsFile"/>. Immutable and thread-safe.
/// </summary>
public sealed class PersonFacts
{
    /// <summary>The lexicon level whose concepts are the fields impact is compared within (disciplines, 一级学科).</summary>
    public const int FieldLevel = 2;

    private readonly ConcurrentDictionary<int, float[]> _percentiles = new();
    private readonly Lazy<SummaryTable> _now;
    private readonly IdRows _rows;

    internal PersonFacts(PersonFactsData data)
    {
        Data = data;
        _now = new Lazy<SummaryTable>(() => new SummaryTable(this));
        _rows = new IdRows(data.PersonIds, "person facts");
        var n = data.PersonIds.Length;
        if (data.PersonCountries.Length != n || data.PersonFields.Length != n || data.WorkStart.Length != n + 1)
            throw new ArgumentException("the person facts' person arrays disagree in size");
        var works = data.WorkStart[n];
        if (data.WorkIds.Length != works || data.WorkYears.Length != works || data.WorkKinds.Length != works
            || data.WorkCitations.Length != works || data.WorkInstitutions.Length != works || data.WorkCountrySets.Length != works)
            throw new ArgumentException("the person facts' work arrays disagree in size");
        if (data.InstitutionNames.Length != data.InstitutionIds.Length || data.InstitutionCountries.Length != data.InstitutionIds.Length)
            throw new ArgumentException("the person facts' institution arrays disagree in size");
        // Every index must point into its table (a cache file is checked here, once, rather than on every read).
        if (!Within(data.WorkStart, 0, works) || !IsSorted(data.WorkStart) || !IsSorted(data.PersonIds)
            || !Within(data.WorkInstitutions, -1, data.InstitutionIds.Length - 1) || !Within(data.WorkCountrySets, -1, data.CountrySets.Length - 1)
            || !Within(data.PersonFields, -1, data.Fields.Length - 1) || !Within(data.PersonCountries, -1, data.Countries.Length - 1)
            || !Within(data.InstitutionCountries, -1, data.Countries.Length - 1) || data.CountrySets.Any(set => !Within(set, 0, data.Countries.Length - 1)))
            throw new ArgumentException("the person facts hold an index out of range");
    }

    internal PersonFactsData Data { get; }

    public int PersonCount => Data.PersonIds.Length;

    public int AuthorshipCount => Data.WorkIds.Length;

    /// <summary>The person's career as of the end of <paramref name="asOfYear"/> (null: everything on record), career age counted to <paramref name="referenceYear"/>; null for a person without works.</summary>
    public PersonCareer? Career(long person, int referenceYear, int? asOfYear = null)
    {
        var row = RowOf(person);
        return row < 0 ? null : Career(row, referenceYear, asOfYear);
    }

    /// <summary>
    /// What filters, facets and ranking priors read of a candidate, without allocating: the same values as
    /// <see cref="Career"/> gives (current institution and country, years, stage, h-index, citations) but not the
    /// affiliation list. Search reads this for every candidate and the whole career only for those it shows.
    /// </summary>
    public CareerGlance? Glance(long person, int referenceYear, int? asOfYear = null)
    {
        var row = RowOf(person);
        if (row < 0) return null;
        var d = Data;
        // The whole record's values are read from a table computed once; a past date's are counted from the works.
        var end = End(row, asOfYear);
        var summary = asOfYear is null ? _now.Value[row] : Summarize(row, end);
        var year = asOfYear ?? referenceYear;
        int? careerAge = summary.First > 0 ? Math.Max(0, year - summary.First) : null;
        var percentile = Percentiles(asOfYear)[row];
        var current = summary.Current;
        return new CareerGlance(
            person, summary.First > 0 ? summary.First : null, summary.Last > 0 ? summary.Last : null, careerAge, summary.Patents, summary.Projects,
            CareerStages.Of(careerAge, percentile),
            current >= 0 ? d.InstitutionIds[current] : null,
            current >= 0 ? d.InstitutionNames[current] : null,
            (current >= 0 ? CountryName(d.InstitutionCountries[current]) : null) ?? CountryName(d.PersonCountries[row]))
        {
            Works = end - d.WorkStart[row],
            Citations = summary.Citations,
            HIndex = summary.HIndex,
            FieldPercentile = percentile,
        };
    }

    /// <summary>The years counted as recent activity: the last five, the date's year included.</summary>
    public const int RecentYears = 5;

    /// <summary>The person's works dated in the <see cref="RecentYears"/> years up to the date (the as-of year, else the reference year).</summary>
    public int RecentWorks(long person, int referenceYear, int? asOfYear = null)
    {
        var row = RowOf(person);
        return row < 0 ? 0 : WorksSince(row, End(row, asOfYear), (asOfYear ?? referenceYear) - RecentYears + 1);
    }

    /// <summary>Works dated from <paramref name="since"/> on among a run of works (dated works are sorted, undated last).</summary>
    private int WorksSince(int row, int end, int since)
    {
        var d = Data;
        var count = 0;
        for (var i = end - 1; i >= d.WorkStart[row]; i--)
        {
            if (d.WorkYears[i] == 0) continue;
            if (d.WorkYears[i] < since) break;
            count++;
        }

        return count;
    }

    /// <summary>A run of works summed up: first and last year (0: none), patents, projects, current institution (-1: none), citations, h-index.</summary>
    private readonly record struct Summary(short First, short Last, int Patents, int Projects, int Current, int Citations, int HIndex);

    private Summary Summarize(int row, int end)
    {
        var d = Data;
        var start = d.WorkStart[row];
        int patents = 0, projects = 0, first = 0, last = 0;
        long citations = 0;
        for (var i = start; i < end; i++)
        {
            if (d.WorkKinds[i] == (byte)WorkKind.Patent) patents++;
            else if (d.WorkKinds[i] == (byte)WorkKind.Project) projects++;
            citations += d.WorkCitations[i];
            if (d.WorkYears[i] > 0)
            {
                if (first == 0) first = d.WorkYears[i];
                last = d.WorkYears[i];
            }
        }

        return new Summary((short)first, (short)last, patents, projects, CurrentInstitution(start, end), (int)Math.Min(int.MaxValue, citations), HIndex(row, end));
    }

    /// <summary>
    /// Every person's <see cref="Summarize"/> over all their works, one entry each (search reads thousands of random
    /// persons per query: one cache line per person, not one per column).
    /// </summary>
    private sealed class SummaryTable(PersonFacts facts)
    {
        private readonly Summary[] _entries = [.. Enumerable.Range(0, facts.PersonCount).Select(row => facts.Summarize(row, facts.Data.WorkStart[row + 1]))];

        public Summary this[int row] => _entries[row];
    }

    /// <summary>
    /// The person's ties to <paramref name="countryCode"/> as of <paramref name="asOfYear"/>: null when they are in that
    /// country at the date (by <paramref name="career"/>) or have neither worked there nor written with its institutions.
    /// </summary>
    public CountryTie? TieTo(PersonCareer career, string countryCode, int? asOfYear = null)
    {
        ArgumentNullException.ThrowIfNull(career);
        ArgumentNullException.ThrowIfNull(countryCode);
        if (string.Equals(career.CountryCode, countryCode, StringComparison.OrdinalIgnoreCase)) return null;
        var row = RowOf(career.Person);
        if (row < 0) return null;
        var country = Array.FindIndex(Data.Countries, c => string.Equals(c, countryCode, StringComparison.OrdinalIgnoreCase));
        var affiliations = career.Affiliations.Where(a => string.Equals(a.CountryCode, countryCode, StringComparison.OrdinalIgnoreCase)).ToList();
        var works = 0;
        int? first = null, last = null;
        if (country >= 0)
        {
            for (var i = Data.WorkStart[row]; i < End(row, asOfYear); i++)
            {
                if (Data.WorkCountrySets[i] is var set && (set < 0 || !Data.CountrySets[set].Contains((short)country))) continue;
                // A work written at an institution in the country is affiliation, counted above; the rest is collaboration.
                if (Data.WorkInstitutions[i] is >= 0 and var institution && Data.InstitutionCountries[institution] == country) continue;
                works++;
                if (Data.WorkYears[i] is > 0 and var year)
                {
                    first = first is null ? year : Math.Min(first.Value, year);
                    last = last is null ? year : Math.Max(last.Value, year);
                }
            }
        }

        return affiliations.Count == 0 && works == 0 ? null : new CountryTie(countryCode.ToUpperInvariant(), affiliations, works, first, last);
    }

    /// <summary>Institutions whose name contains <paramref name="text"/> (case and spacing ignored): what an institution filter names.</summary>
    public IReadOnlySet<long> InstitutionsNamed(string text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        var wanted = Fold(text);
        var found = new HashSet<long>();
        for (var i = 0; i < Data.InstitutionIds.Length; i++)
            if (Fold(Data.InstitutionNames[i]).Contains(wanted, StringComparison.Ordinal)) found.Add(Data.InstitutionIds[i]);
        return found;
    }

    /// <summary>The person's works dated up to <paramref name="year"/> (ids): what their place in a field was made of then.</summary>
    public IEnumerable<long> WorksUpTo(long person, int year)
    {
        var row = RowOf(person);
        if (row < 0) yield break;
        for (var i = Data.WorkStart[row]; i < End(row, year); i++) yield return Data.WorkIds[i];
    }

    private PersonCareer Career(int row, int referenceYear, int? asOfYear)
    {
        var d = Data;
        var end = End(row, asOfYear);
        int papers = 0, patents = 0, projects = 0;
        long citations = 0;
        int? first = null, last = null;
        var spans = new Dictionary<int, (int? First, int? Last, int Works)>();
        for (var i = d.WorkStart[row]; i < end; i++)
        {
            switch ((WorkKind)d.WorkKinds[i])
            {
                case WorkKind.Paper: papers++; break;
                case WorkKind.Patent: patents++; break;
                case WorkKind.Project: projects++; break;
            }

            citations += d.WorkCitations[i];
            int? year = d.WorkYears[i] > 0 ? d.WorkYears[i] : null;
            if (year is { } y)
            {
                first ??= y;
                last = y;
            }

            if (d.WorkInstitutions[i] is >= 0 and var institution)
            {
                var span = spans.GetValueOrDefault(institution);
                spans[institution] = (Min(span.First, year), Max(span.Last, year), span.Works + 1);
            }
        }

        var affiliations = spans
            .Select(s => new AffiliationFact(d.InstitutionIds[s.Key], d.InstitutionNames[s.Key], CountryName(d.InstitutionCountries[s.Key]), s.Value.First, s.Value.Last, s.Value.Works))
            .OrderByDescending(a => a.LastYear ?? int.MinValue).ThenByDescending(a => a.Works).ThenBy(a => a.InstitutionId)
            .ToList();
        var currentIndex = CurrentInstitution(d.WorkStart[row], end);
        var current = currentIndex >= 0 ? affiliations.First(a => a.InstitutionId == d.InstitutionIds[currentIndex]) : null;
        int? careerAge = first is { } start ? Math.Max(0, (asOfYear ?? referenceYear) - start) : null;
        var percentile = Percentiles(asOfYear)[row];
        var field = d.PersonFields[row];
        return new PersonCareer(d.PersonIds[row])
        {
            Works = end - d.WorkStart[row],
            Papers = papers,
            Patents = patents,
            Projects = projects,
            Citations = (int)Math.Min(int.MaxValue, citations),
            HIndex = HIndex(row, end),
            FirstYear = first,
            LastYear = last,
            CareerAge = careerAge,
            Field = field >= 0 ? d.Fields[field] : null,
            FieldPercentile = percentile,
            Stage = CareerStages.Of(careerAge, percentile),
            Current = current,
            CountryCode = current?.CountryCode ?? CountryName(d.PersonCountries[row]),
            Affiliations = affiliations,
        };
    }

    /// <summary>
    /// The institution (index) of a run of works that is the person's current one: the one of their latest dated work
    /// (an institution known only from undated works ranks below any dated), more works there breaking a tie, then the
    /// smaller id; -1 when no work names one.
    /// </summary>
    private int CurrentInstitution(int start, int end)
    {
        var d = Data;
        var latest = int.MinValue;
        var any = false;
        for (var i = start; i < end; i++)
        {
            if (d.WorkInstitutions[i] < 0) continue;
            any = true;
            latest = Math.Max(latest, d.WorkYears[i] > 0 ? d.WorkYears[i] : int.MinValue);
        }

        if (!any) return -1;
        int best = -1, bestWorks = 0;
        for (var i = start; i < end; i++)
        {
            var institution = d.WorkInstitutions[i];
            if (institution < 0 || institution == best || (d.WorkYears[i] > 0 ? d.WorkYears[i] : int.MinValue) != latest) continue;
            var works = 0;
            for (var j = start; j < end; j++)
                if (d.WorkInstitutions[j] == institution) works++;
            if (works > bestWorks || (works == bestWorks && institution < best))
            {
                best = institution;
                bestWorks = works;
            }
        }

        return best;
    }

    /// <summary>
    /// Every person's impact percentile within their field as of a date, computed once per date: impact is the h-index
    /// over the works up to then, ties broken by their number; a person's percentile is the share of the field below them
    /// plus half the share level with them.
    /// </summary>
    private float[] Percentiles(int? asOfYear) =>
        _percentiles.TryGetValue(asOfYear ?? int.MaxValue, out var known) ? known : _percentiles.GetOrAdd(asOfYear ?? int.MaxValue, ComputePercentiles);

    private float[] ComputePercentiles(int year)
    {
        var d = Data;
        var n = d.PersonIds.Length;
        var keys = new (int Field, long Impact, int Row)[n];
        for (var row = 0; row < n; row++)
        {
            var end = End(row, year == int.MaxValue ? null : year);
            // Today's h-indexes are in the summary table already: no second sort of every person's citations.
            var h = year == int.MaxValue ? _now.Value[row].HIndex : HIndex(row, end);
            keys[row] = (d.PersonFields[row], ((long)h << 32) | (uint)(end - d.WorkStart[row]), row);
        }

        Array.Sort(keys, (a, b) => a.Field != b.Field ? a.Field.CompareTo(b.Field) : a.Impact.CompareTo(b.Impact));
        var percentiles = new float[n];
        for (var start = 0; start < n;)
        {
            var stop = start;
            while (stop < n && keys[stop].Field == keys[start].Field) stop++;
            var size = stop - start;
            for (var i = start; i < stop;)
            {
                var j = i;
                while (j < stop && keys[j].Impact == keys[i].Impact) j++;
                var percentile = (float)((i - start + ((j - i) / 2.0)) / size);
                for (var k = i; k < j; k++) percentiles[keys[k].Row] = percentile;
                i = j;
            }

            start = stop;
        }

        return percentiles;
    }

    private int HIndex(int row, int end)
    {
        var start = Data.WorkStart[row];
        var count = end - start;
        if (count == 0) return 0;
        var buffer = ArrayPool<int>.Shared.Rent(count);
        try
        {
            var citations = buffer.AsSpan(0, count);
            Data.WorkCitations.AsSpan(start, count).CopyTo(citations);
            citations.Sort();
            var h = 0;
            while (h < count && citations[count - 1 - h] >= h + 1) h++;
            return h;
        }
        finally
        {
            ArrayPool<int>.Shared.Return(buffer);
        }
    }

    /// <summary>The end of the person's works dated up to the year (works are sorted by year, undated last); all without a year.</summary>
    private int End(int row, int? asOfYear)
    {
        var end = Data.WorkStart[row + 1];
        if (asOfYear is not { } year) return end;
        var i = Data.WorkStart[row];
        while (i < end && Data.WorkYears[i] > 0 && Data.WorkYears[i] <= year) i++;
        return i;
    }

    private int RowOf(long person) => _rows[person];

    private string? CountryName(short index) => index >= 0 ? Data.Countries[index] : null;

    private static int? Min(int? a, int? b) => a is null ? b : b is null ? a : Math.Min(a.Value, b.Value);

    private static int? Max(int? a, int? b) => a is null ? b : b is null ? a : Math.Max(a.Value, b.Value);

    private static bool Within(int[] values, int min, int max)
    {
        foreach (var value in values) if (value < min || value > max) return false;
        return true;
    }

    private static bool Within(short[] values, int min, int max)
    {
        foreach (var value in values) if (value < min || value > max) return false;
        return true;
    }

    private static bool IsSorted<T>(T[] values) where T : IComparable<T>
    {
        for (var i = 1; i < values.Length; i++) if (values[i - 1].CompareTo(values[i]) > 0) return false;
        return true;
    }

    private static string Fold(string text) => string.Join(' ', text.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}

/// <summary>The arrays of <see cref="PersonFacts"/>: persons sorted by id, their works in one run each (<see cref="WorkStart"/>).</summary>
internal sealed record PersonFactsData(
    long[] PersonIds,
    short[] PersonCountries,
    int[] PersonFields,
    int[] WorkStart,
    long[] WorkIds,
    short[] WorkYears,
    byte[] WorkKinds,
    int[] WorkCitations,
    int[] WorkInstitutions,
    int[] WorkCountrySets,
    string[] Countries,
    short[][] CountrySets,
    long[] InstitutionIds,
    string[] InstitutionNames,
    short[] InstitutionCountries,
    string[] Fields);
