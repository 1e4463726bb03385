using ExpertGraph.Core.Model;
using ExpertGraph.Query.Growth;
using ExpertGraph.Search.Growth;

namespace ExpertGraph.Api.Json;

/// <summary>
/// Flows and trends as the API answers them: the shapes of `flows` and `trends --format json` in camelCase, persons as
/// P ids, a score no one can compute (R² of persons who all stayed put) as null, and the flows' list of single moves
/// left out (its length is the data's: the answer gives how many, with the tables made of them).
/// </summary>
public static class GrowthJson
{
    /// <summary>Drivers listed per rising person (the strongest ones, as the CLI prints).</summary>
    public const int Drivers = 4;

    public static object Flows(FlowSummary flows, IReadOnlyCollection<string>? fields, string? countryCode)
    {
        ArgumentNullException.ThrowIfNull(flows);
        return new
        {
            fields = fields?.Order(StringComparer.Ordinal),
            country = countryCode,
            periodYears = flows.PeriodYears,
            persons = flows.Persons,
            personsWithAffiliations = flows.PersonsWithAffiliations,
            moves = flows.Moves.Count,
            movers = flows.Moves.Select(m => m.Person).Distinct().Count(),
            countries = flows.Countries.Select(c => new { periodStart = c.PeriodStart, periodEnd = c.PeriodEnd, from = c.From, to = c.To, moves = c.Moves, persons = c.Persons }),
            balances = flows.Balances.Select(b => new { country = b.Country, arrivals = b.In, departures = b.Out, net = b.Net }),
            institutions = flows.Institutions.Select(i => new
            {
                from = i.From, to = i.To, fromCountry = i.FromCountry, toCountry = i.ToCountry, moves = i.Moves, firstYear = i.FirstYear, lastYear = i.LastYear,
            }),
        };
    }

    public static object Trends(TrendReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new
        {
            fields = report.Fields,
            country = report.CountryCode,
            year = report.Year,
            horizon = report.Horizon,
            persons = report.Persons,
            rising = report.Rising.Select((r, i) => new
            {
                rank = i + 1,
                personId = new PersonId(r.Person).ToString(),
                name = r.Name,
                institution = r.Institution,
                country = r.CountryCode,
                basis = r.Basis,
                target = GrowthTargets.Name(r.Prediction.Target),
                current = r.Prediction.Current,
                predicted = Number(r.Prediction.Predicted, 2),
                low = Number(r.Prediction.Low, 2),
                high = Number(r.Prediction.High, 2),
                growth = Number(r.Prediction.Growth, 2),
                peerPercentile = Number(r.PeerPercentile, 3),
                drivers = r.Prediction.Drivers.Take(Drivers).Select(d => new { feature = d.Feature, value = Number(d.Value, 3), contribution = Number(d.Contribution, 3) }),
            }),
            momentum = report.Momentum.Select(m => new
            {
                field = m.Field, label = m.Label, momentum = Number(m.Momentum, 3), recentWorks = m.RecentWorks, priorWorks = m.PriorWorks, asked = m.Asked,
            }),
            evaluation = report.Evaluation.Select(e => new
            {
                target = e.Target,
                persons = e.Persons,
                trainingPersons = e.TrainingPersons,
                calibrationPersons = e.CalibrationPersons,
                heldOutPersons = e.HeldOutPersons,
                rSquared = Number(e.Model?.RSquared),
                rSquaredNoGrowth = Number(e.NoGrowthBaseline?.RSquared),
                meanAbsoluteError = Number(e.Model?.MeanAbsoluteError),
                growthRSquared = Number(e.Growth?.RSquared),
                growthSpearman = Number(e.Growth?.Spearman),
                intervalWidth = Number(e.IntervalWidth),
                intervalCoverage = Number(e.IntervalCoverage),
                skipped = e.Skipped,
            }),
        };
    }

    /// <summary>JSON has no NaN: a score that cannot be computed is null.</summary>
    private static double? Number(double? value, int digits = 4) =>
        value is { } v && double.IsFinite(v) ? Math.Round(v, digits, MidpointRounding.AwayFromZero) : null;
}
