using ExpertGraph.Search.Growth;

namespace ExpertGraph.Query.Growth;

/// <summary>
/// Moves between countries and institutions over years (<c>expertgraph flows</c>): every move of the persons asked about,
/// country to country by period, each country's arrivals and departures, and the institution pairs with most moves.
/// A move within one country counts in the institution table and in that country's pair with itself.
/// </summary>
public sealed record FlowSummary(int Persons, int PersonsWithAffiliations, int PeriodYears, IReadOnlyList<AffiliationMove> Moves,
    IReadOnlyList<CountryFlow> Countries, IReadOnlyList<CountryBalance> Balances, IReadOnlyList<InstitutionFlow> Institutions)
{
    /// <summary>Summarizes moves; periods are <paramref name="periodYears"/> long, aligned on multiples of it (2010–2014).</summary>
    public static FlowSummary Of(CareerHistory history, IReadOnlyList<AffiliationMove> moves, int persons, int withAffiliations, int periodYears, int institutions)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(moves);
        ArgumentOutOfRangeException.ThrowIfLessThan(periodYears, 1);
        static string Country(string? code) => code ?? "?";
        var countries = moves
            .GroupBy(m => (Period: m.Year - (((m.Year % periodYears) + periodYears) % periodYears), From: Country(m.FromCountry), To: Country(m.ToCountry)))
            .Select(g => new CountryFlow(g.Key.Period, g.Key.Period + periodYears - 1, g.Key.From, g.Key.To, g.Count(), g.Select(m => m.Person).Distinct().Count()))
            .OrderBy(f => f.PeriodStart).ThenByDescending(f => f.Moves).ThenBy(f => f.From, StringComparer.Ordinal).ThenBy(f => f.To, StringComparer.Ordinal)
            .ToList();
        var balances = moves.Where(m => Country(m.FromCountry) != Country(m.ToCountry))
            .SelectMany(m => new[] { (Country: Country(m.ToCountry), In: 1, Out: 0), (Country: Country(m.FromCountry), In: 0, Out: 1) })
            .GroupBy(x => x.Country, StringComparer.Ordinal)
            .Select(g => new CountryBalance(g.Key, g.Sum(x => x.In), g.Sum(x => x.Out)))
            .OrderByDescending(b => b.Net).ThenBy(b => b.Country, StringComparer.Ordinal)
            .ToList();
        var pairs = moves.GroupBy(m => (m.From, m.To))
            .Select(g => new InstitutionFlow(history.InstitutionName(g.Key.From), history.InstitutionName(g.Key.To), Country(history.InstitutionCountry(g.Key.From)),
                Country(history.InstitutionCountry(g.Key.To)), g.Count(), g.Min(m => m.Year), g.Max(m => m.Year)))
            .OrderByDescending(f => f.Moves).ThenBy(f => f.FirstYear).ThenBy(f => f.From, StringComparer.Ordinal).ThenBy(f => f.To, StringComparer.Ordinal)
            .Take(institutions)
            .ToList();
        return new FlowSummary(persons, withAffiliations, periodYears, moves, countries, balances, pairs);
    }
}

/// <summary>Moves from one country to another within a period, and how many persons made them.</summary>
public sealed record CountryFlow(int PeriodStart, int PeriodEnd, string From, string To, int Moves, int Persons);

/// <summary>A country's arrivals and departures over all years (moves within the country left out).</summary>
public sealed record CountryBalance(string Country, int In, int Out)
{
    public int Net => In - Out;
}

/// <summary>Moves from one institution to another, with the years of the first and last.</summary>
public sealed record InstitutionFlow(string From, string To, string FromCountry, string ToCountry, int Moves, int FirstYear, int LastYear);
