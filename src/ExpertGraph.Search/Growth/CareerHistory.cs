namespace ExpertGraph.Search.Growth;

/// <summary>
/// Every person's dated works as time series (what growth is measured and predicted on): each person's works sorted by
/// year with their citations (and whether the source gave any), the institution they were written at, and each person's
/// co-authors with the year they first wrote together, and each work's venue where the source names one. Built by <see cref="CareerHistoryBuilder"/> from the store's
/// person facts or from any per-year source (csrankings counts). Undated works are left out: they cannot be placed in
/// time. Immutable and thread-safe.
/// </summary>
public sealed class CareerHistory
{
    private readonly Dictionary<long, int> _rows;

    internal CareerHistory(CareerHistoryData data)
    {
        Data = data;
        _rows = new Dictionary<long, int>(data.PersonKeys.Length);
        for (var i = 0; i < data.PersonKeys.Length; i++) _rows[data.PersonKeys[i]] = i;
    }

    internal CareerHistoryData Data { get; }

    public int PersonCount => Data.PersonKeys.Length;

    /// <summary>Dated works over all persons (a work of three persons counts three times).</summary>
    public int EntryCount => Data.Years.Length;

    /// <summary>Whether any work of the history carries a citation count from its source.</summary>
    public bool HasCitations => Data.CitationsKnown.Any(known => known);

    /// <summary>The share of dated authorships whose work carries a citation count from its source.</summary>
    public double CitationShare => Data.CitationsKnown.Length == 0 ? 0 : Data.CitationsKnown.Count(known => known) / (double)Data.CitationsKnown.Length;

    /// <summary>The share of dated authorships whose work names a venue (journal, conference).</summary>
    public double VenueShare => Data.Venues.Length == 0 ? 0 : Data.Venues.Count(venue => venue >= 0) / (double)Data.Venues.Length;

    /// <summary>The first and last year of any work (0, 0 when empty).</summary>
    public (int First, int Last) YearSpan => Data.Years.Length == 0 ? (0, 0) : (Data.Years.Min(), Data.Years.Max());

    /// <summary>
    /// The last year whose record looks complete: the last with at least half the works of the busiest year (sources
    /// are harvested part way through their last years, which would read as everyone slowing down). 0 when empty.
    /// </summary>
    public int LastCompleteYear()
    {
        if (Data.Years.Length == 0) return 0;
        var perYear = Data.Years.GroupBy(year => year).ToDictionary(g => (int)g.Key, g => g.Count());
        var busiest = perYear.Values.Max();
        return perYear.Where(pair => pair.Value * 2 >= busiest).Max(pair => pair.Key);
    }

    public long PersonKey(int row) => Data.PersonKeys[row];

    /// <summary>The person's name where the source gives one (csrankings), else null (store persons are named by id).</summary>
    public string? PersonLabel(int row) => Data.PersonLabels?[row];

    public string? Field(int row) => Data.PersonFields[row] is >= 0 and var field ? Data.Fields[field] : null;

    public int RowOf(long personKey) => _rows.TryGetValue(personKey, out var row) ? row : -1;

    public int InstitutionCount => Data.InstitutionNames.Length;

    public string InstitutionName(int institution) => Data.InstitutionNames[institution];

    public long InstitutionKey(int institution) => Data.InstitutionKeys[institution];

    public string? InstitutionCountry(int institution) => Data.InstitutionCountries[institution];

    /// <summary>The index just past the person's works dated up to <paramref name="year"/> (their works are sorted by year).</summary>
    internal int End(int row, int year)
    {
        var d = Data;
        var i = d.WorkStart[row];
        var end = d.WorkStart[row + 1];
        while (i < end && d.Years[i] <= year) i++;
        return i;
    }

    /// <summary>Works dated up to <paramref name="year"/>.</summary>
    public int WorksUpTo(int row, int year) => End(row, year) - Data.WorkStart[row];

    /// <summary>Works dated from <paramref name="from"/> to <paramref name="to"/>, both included.</summary>
    public int WorksBetween(int row, int from, int to) => End(row, to) - End(row, from - 1);

    /// <summary>The first year with a work (null: none).</summary>
    public int? FirstYear(int row) => Data.WorkStart[row] < Data.WorkStart[row + 1] ? Data.Years[Data.WorkStart[row]] : null;

    /// <summary>The last year with a work up to <paramref name="year"/> (null: none).</summary>
    public int? LastYearUpTo(int row, int year) => End(row, year) is var end && end > Data.WorkStart[row] ? Data.Years[end - 1] : null;

    /// <summary>Citations of the works dated up to the year, as their sources give them at harvest time.</summary>
    public long CitationsUpTo(int row, int year)
    {
        long sum = 0;
        for (var i = Data.WorkStart[row]; i < End(row, year); i++) sum += Data.Citations[i];
        return sum;
    }

    /// <summary>
    /// The h-index over the works dated up to <paramref name="year"/>. Citation counts are as of harvest, not as of the
    /// year: an approximation that over-states a past h-index (later citations of old works count already).
    /// </summary>
    public int HIndexUpTo(int row, int year)
    {
        var start = Data.WorkStart[row];
        var count = End(row, year) - start;
        if (count == 0) return 0;
        Span<int> citations = count <= 256 ? stackalloc int[count] : new int[count];
        Data.Citations.AsSpan(start, count).CopyTo(citations);
        citations.Sort();
        var h = 0;
        while (h < count && citations[count - 1 - h] >= h + 1) h++;
        return h;
    }

    /// <summary>The share of the works up to the year whose source gives a citation count (0 without works).</summary>
    public double CitationCoverage(int row, int year)
    {
        var start = Data.WorkStart[row];
        var end = End(row, year);
        if (end == start) return 0;
        var known = 0;
        for (var i = start; i < end; i++) if (Data.CitationsKnown[i]) known++;
        return known / (double)(end - start);
    }

    /// <summary>
    /// The person's institution as of the end of <paramref name="year"/>: the one of their latest dated work up to then
    /// that names one, more works there up to then breaking a tie, then the lower index; -1: none.
    /// </summary>
    public int InstitutionAsOf(int row, int year)
    {
        var d = Data;
        var start = d.WorkStart[row];
        var end = End(row, year);
        var latest = -1;
        for (var i = end - 1; i >= start; i--)
        {
            if (d.Institutions[i] < 0) continue;
            latest = d.Years[i];
            break;
        }

        if (latest < 0) return -1;
        int best = -1, bestWorks = 0;
        for (var i = start; i < end; i++)
        {
            if (d.Years[i] != latest || d.Institutions[i] < 0 || d.Institutions[i] == best) continue;
            var works = 0;
            for (var j = start; j < end; j++) if (d.Institutions[j] == d.Institutions[i]) works++;
            if (works > bestWorks || (works == bestWorks && d.Institutions[i] < best))
            {
                best = d.Institutions[i];
                bestWorks = works;
            }
        }

        return best;
    }

    /// <summary>Distinct institutions of the works up to the year.</summary>
    public int InstitutionsUpTo(int row, int year)
    {
        var seen = new HashSet<int>();
        for (var i = Data.WorkStart[row]; i < End(row, year); i++) if (Data.Institutions[i] >= 0) seen.Add(Data.Institutions[i]);
        return seen.Count;
    }

    /// <summary>The person's distinct co-authors up to the year, each with the first year they wrote together.</summary>
    public IEnumerable<(int Coauthor, int Year)> CoauthorsUpTo(int row, int year)
    {
        var d = Data;
        for (var i = d.CoauthorStart[row]; i < d.CoauthorStart[row + 1]; i++)
            if (d.CoauthorYears[i] <= year) yield return (d.Coauthors[i], d.CoauthorYears[i]);
    }

    /// <summary>The years of the person's works, oldest first, with each work's institution (-1: none) and citations.</summary>
    public IEnumerable<(int Year, int Institution, int Citations, bool CitationsKnown)> Works(int row)
    {
        var d = Data;
        for (var i = d.WorkStart[row]; i < d.WorkStart[row + 1]; i++) yield return (d.Years[i], d.Institutions[i], d.Citations[i], d.CitationsKnown[i]);
    }
}

/// <summary>The arrays of <see cref="CareerHistory"/>: one run of works and one of co-authors per person.</summary>
internal sealed record CareerHistoryData(
    long[] PersonKeys,
    string[]? PersonLabels,
    int[] PersonFields,
    string[] Fields,
    int[] WorkStart,
    short[] Years,
    int[] Citations,
    bool[] CitationsKnown,
    int[] Institutions,
    int[] CoauthorStart,
    int[] Coauthors,
    short[] CoauthorYears,
    long[] InstitutionKeys,
    string[] InstitutionNames,
    string?[] InstitutionCountries,
    int[] Venues);
