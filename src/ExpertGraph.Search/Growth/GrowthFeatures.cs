namespace ExpertGraph.Search.Growth;

/// <summary>
/// What a person's growth is predicted from: their record as it stood at the end of a cut-off year and nothing later —
/// works, h-index and co-authors' h-indexes counted over works dated up to then (citations are as of harvest: see
/// <see cref="CareerHistory.HIndexUpTo"/>). Computed for every person of a history at once (<see cref="At"/>), since
/// co-author and field features read everyone.
/// </summary>
public static class GrowthFeatures
{
    /// <summary>The years over which recent productivity and its trend are counted.</summary>
    public const int RecentYears = 3;

    /// <summary>The years over which a move between institutions counts as recent.</summary>
    public const int MoveYears = 5;

    public static IReadOnlyList<string> Names { get; } =
    [
        "career_age",
        "works",
        "h_index",
        "log_citations",
        "citation_coverage",
        "works_last_3y",
        "works_trend",
        "h_gain_last_3y",
        "years_since_last_work",
        "coauthors",
        "new_coauthors_last_3y",
        "coauthor_h_mean",
        "coauthor_h_max",
        "institutions",
        "moved_last_5y",
        "field_momentum",
        "venues",
        "top_venue_share",
    ];

    /// <summary>How many features there are (<see cref="Names"/>), as a constant for the models' vector type.</summary>
    public const int Count = 18;

    /// <summary>
    /// Every person's features at the end of <paramref name="cutoff"/>, by row (null for a person without a work dated
    /// up to then: there is nothing to predict from).
    /// </summary>
    public static float[]?[] At(CareerHistory history, int cutoff)
    {
        ArgumentNullException.ThrowIfNull(history);
        var n = history.PersonCount;
        var h = new int[n];
        var hBefore = new int[n];
        for (var row = 0; row < n; row++)
        {
            h[row] = history.HIndexUpTo(row, cutoff);
            hBefore[row] = history.HIndexUpTo(row, cutoff - RecentYears);
        }

        var momentum = FieldMomentum(history, cutoff);
        var topVenues = TopVenues(history, cutoff);
        var venues = new HashSet<int>();
        var features = new float[]?[n];
        for (var row = 0; row < n; row++)
        {
            var works = history.WorksUpTo(row, cutoff);
            if (works == 0) continue;
            var recent = history.WorksBetween(row, cutoff - RecentYears + 1, cutoff);
            var before = history.WorksBetween(row, cutoff - (2 * RecentYears) + 1, cutoff - RecentYears);
            int coauthors = 0, newCoauthors = 0, hMax = 0;
            long hSum = 0;
            foreach (var (coauthor, year) in history.CoauthorsUpTo(row, cutoff))
            {
                coauthors++;
                if (year > cutoff - RecentYears) newCoauthors++;
                hSum += h[coauthor];
                hMax = Math.Max(hMax, h[coauthor]);
            }

            venues.Clear();
            var inTop = 0;
            var withVenue = 0;
            for (var i = history.Data.WorkStart[row]; i < history.End(row, cutoff); i++)
            {
                if (history.Data.Venues[i] is not (>= 0 and var venue)) continue;
                withVenue++;
                venues.Add(venue);
                if (topVenues.Contains((history.Data.PersonFields[row], venue))) inTop++;
            }

            var now = history.InstitutionAsOf(row, cutoff);
            var then = history.InstitutionAsOf(row, cutoff - MoveYears);
            features[row] =
            [
                cutoff - history.FirstYear(row)!.Value,
                works,
                h[row],
                (float)Math.Log(1 + history.CitationsUpTo(row, cutoff)),
                (float)history.CitationCoverage(row, cutoff),
                recent,
                recent - before,
                h[row] - hBefore[row],
                cutoff - history.LastYearUpTo(row, cutoff)!.Value,
                coauthors,
                newCoauthors,
                coauthors == 0 ? 0 : (float)hSum / coauthors,
                hMax,
                history.InstitutionsUpTo(row, cutoff),
                now >= 0 && then >= 0 && now != then ? 1 : 0,
                history.Data.PersonFields[row] is >= 0 and var field ? momentum[field] : 1,
                venues.Count,
                withVenue == 0 ? 0 : (float)inTop / withVenue,
            ];
        }

        return features;
    }

    /// <summary>
    /// The venues cited above the median of their field at the cut-off, as (field, venue) pairs: per field (the authors'
    /// field; -1 for persons without one), each venue's mean citations over the authorships of the field's persons in
    /// it dated up to the cut-off whose source gives a count, and the venues whose mean is above the median of the
    /// field's venues. Citations are as of harvest, as for the h-index.
    /// </summary>
    public static IReadOnlySet<(int Field, int Venue)> TopVenues(CareerHistory history, int cutoff)
    {
        ArgumentNullException.ThrowIfNull(history);
        var d = history.Data;
        var totals = new Dictionary<(int Field, int Venue), (long Citations, int Works)>();
        for (var row = 0; row < d.PersonKeys.Length; row++)
        {
            for (var i = d.WorkStart[row]; i < history.End(row, cutoff); i++)
            {
                if (d.Venues[i] < 0 || !d.CitationsKnown[i]) continue;
                var key = (d.PersonFields[row], d.Venues[i]);
                var (citations, works) = totals.GetValueOrDefault(key);
                totals[key] = (citations + d.Citations[i], works + 1);
            }
        }

        var top = new HashSet<(int Field, int Venue)>();
        foreach (var field in totals.GroupBy(pair => pair.Key.Field))
        {
            var means = field.Select(pair => (pair.Key, Mean: pair.Value.Citations / (double)pair.Value.Works)).ToList();
            var sorted = means.Select(m => m.Mean).Order().ToArray();
            var middle = sorted.Length / 2;
            var median = sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
            foreach (var (key, mean) in means)
                if (mean > median) top.Add(key);
        }

        return top;
    }

    /// <summary>
    /// Each field's momentum at the cut-off: works of its persons in the last <see cref="RecentYears"/> years over the
    /// <see cref="RecentYears"/> before (1 when the field had none then). The field is the person's strongest concept on
    /// the whole record — a mild look past the cut-off, said in docs/growth.md.
    /// </summary>
    public static float[] FieldMomentum(CareerHistory history, int cutoff) => [.. FieldActivity(history, cutoff).Select(field => field.Momentum)];

    /// <summary>Each field of the history (in its order) with its works in the recent and the prior years and their ratio.</summary>
    public static IReadOnlyList<(string Field, long Recent, long Prior, float Momentum)> FieldActivity(CareerHistory history, int cutoff)
    {
        ArgumentNullException.ThrowIfNull(history);
        var d = history.Data;
        var recent = new long[d.Fields.Length];
        var before = new long[d.Fields.Length];
        for (var row = 0; row < d.PersonKeys.Length; row++)
        {
            if (d.PersonFields[row] is not (>= 0 and var field)) continue;
            recent[field] += history.WorksBetween(row, cutoff - RecentYears + 1, cutoff);
            before[field] += history.WorksBetween(row, cutoff - (2 * RecentYears) + 1, cutoff - RecentYears);
        }

        return [.. Enumerable.Range(0, d.Fields.Length).Select(i => (d.Fields[i], recent[i], before[i], before[i] == 0 ? 1f : (float)recent[i] / before[i]))];
    }
}
