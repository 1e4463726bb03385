using ExpertGraph.Search.Growth;

namespace ExpertGraph.Query.Growth;

/// <summary>Computes a <see cref="TrendReport"/> from a history: backtest at the last complete year, then predictions from it.</summary>
public static class GrowthTrends
{
    public const string NoCitationBasis = "works (no citation counts for most of their works)";

    public static TrendReport Compute(CareerHistory history, IReadOnlySet<string> fields, string? countryCode, int horizon, int limit, int seed,
        Func<long, (string? Name, string? Institution)>? describe = null, Func<string, string?>? fieldLabel = null) =>
        Compute(history, Backtest(history, horizon, seed), fields, countryCode, limit, describe, fieldLabel);

    /// <summary>The backtest trends train on: targets at the history's last complete year, features <paramref name="horizon"/> years before.</summary>
    public static GrowthBacktestResult Backtest(CareerHistory history, int horizon, int seed)
    {
        ArgumentNullException.ThrowIfNull(history);
        return GrowthBacktest.Run(history, history.LastCompleteYear(), horizon, seed);
    }

    /// <summary>Predictions from a backtest already run (<see cref="Backtest"/>; a server keeps one per history and horizon).</summary>
    public static TrendReport Compute(CareerHistory history, GrowthBacktestResult backtest, IReadOnlySet<string> fields, string? countryCode, int limit,
        Func<long, (string? Name, string? Institution)>? describe = null, Func<string, string?>? fieldLabel = null)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentNullException.ThrowIfNull(backtest);
        ArgumentNullException.ThrowIfNull(fields);
        var year = backtest.Year;
        var horizon = backtest.Horizon;
        var features = GrowthFeatures.At(history, year);
        var candidates = new List<(int Row, GrowthPrediction Prediction, string Basis)>();
        var persons = 0;
        for (var row = 0; row < history.PersonCount; row++)
        {
            if (features[row] is not { } f || history.Field(row) is not { } field || !fields.Contains(field)) continue;
            var institution = history.InstitutionAsOf(row, year);
            if (countryCode is not null && (institution < 0 || !string.Equals(history.InstitutionCountry(institution), countryCode, StringComparison.OrdinalIgnoreCase))) continue;
            persons++;
            var cited = history.CitationCoverage(row, year) >= GrowthBacktest.MinCitationCoverage;
            var model = (cited ? backtest.Models.FirstOrDefault(m => m.Target == GrowthTarget.HIndex) : null)
                ?? backtest.Models.FirstOrDefault(m => m.Target == GrowthTarget.Works);
            if (model is null) continue;
            var basis = model.Target == GrowthTarget.HIndex ? GrowthTargets.Name(GrowthTarget.HIndex) : NoCitationBasis;
            candidates.Add((row, model.Predict(history.PersonKey(row), f, GrowthTargets.Value(history, row, year, model.Target)), basis));
        }

        var rising = new List<RisingPerson>();
        foreach (var group in candidates.GroupBy(c => c.Basis, StringComparer.Ordinal))
        {
            var growths = group.Select(c => c.Prediction.Growth).ToArray();
            foreach (var (row, prediction, basis) in group)
            {
                var below = growths.Count(g => g < prediction.Growth);
                var level = growths.Count(g => g == prediction.Growth);
                var (name, institutionName) = describe?.Invoke(history.PersonKey(row)) ?? (history.PersonLabel(row), null);
                var institution = history.InstitutionAsOf(row, year);
                rising.Add(new RisingPerson(history.PersonKey(row), name ?? history.PersonLabel(row), institutionName ?? (institution >= 0 ? history.InstitutionName(institution) : null),
                    institution >= 0 ? history.InstitutionCountry(institution) : null, prediction, basis, (below + (level / 2.0)) / growths.Length));
            }
        }

        var ordered = rising.OrderByDescending(r => r.PeerPercentile).ThenByDescending(r => r.Prediction.Growth).ThenBy(r => r.Person).Take(limit).ToList();
        return new TrendReport([.. fields.Order(StringComparer.Ordinal)], countryCode, year, horizon, persons, ordered, Momentum(history, year, fields, fieldLabel), backtest.Targets);
    }

    /// <summary>The asked fields' momentum and the ten fields of highest momentum (with at least 10 recent works), highest first.</summary>
    private static List<FieldMomentum> Momentum(CareerHistory history, int year, IReadOnlySet<string> asked, Func<string, string?>? label)
    {
        var all = GrowthFeatures.FieldActivity(history, year)
            .Select(f => new FieldMomentum(f.Field, label?.Invoke(f.Field), f.Momentum, f.Recent, f.Prior, asked.Contains(f.Field)))
            .ToList();
        return
        [
            .. all.Where(m => m.Asked || m.RecentWorks >= 10)
                .OrderByDescending(m => m.Asked).ThenByDescending(m => m.Momentum).ThenBy(m => m.Field, StringComparer.Ordinal)
                .Take(asked.Count + 10),
        ];
    }
}
