using System.Globalization;
using System.Text;

namespace ExpertGraph.Search.Growth;

/// <summary>
/// The honest backtest of growth prediction: features read at the cut-off year T − N, targets at T, persons (not works)
/// split by a hash of their key into training (and, within it, calibration of the interval) and held-out persons the
/// models never see; each target's models scored on the held-out persons beside the baseline "no growth".
/// </summary>
public static class GrowthBacktest
{
    /// <summary>The share of a person's works up to T with a citation count from their source for the h-index target to count them.</summary>
    public const double MinCitationCoverage = 0.5;

    public const double IntervalLevel = 0.9;

    public const string SplitRule = "held out: FNV-1a(person key) % 5 == 0; calibration (interval): FNV-1a(person key) / 5 % 5 == 0 of the rest; person key: the source's name where it gives one, else the store's person id";

    /// <summary>Runs the backtest: features at <paramref name="year"/> − <paramref name="horizon"/>, targets at <paramref name="year"/>.</summary>
    public static GrowthBacktestResult Run(CareerHistory history, int year, int horizon, int seed = 1)
    {
        ArgumentNullException.ThrowIfNull(history);
        ArgumentOutOfRangeException.ThrowIfLessThan(horizon, 1);
        var cutoff = year - horizon;
        var features = GrowthFeatures.At(history, cutoff);
        var targets = new List<GrowthTargetResult>();
        var models = new List<GrowthModel>();
        foreach (var target in new[] { GrowthTarget.HIndex, GrowthTarget.Works })
        {
            var rows = new List<(int Row, Part Part, float[] Features, int Current, int Future)>();
            for (var row = 0; row < history.PersonCount; row++)
            {
                if (features[row] is not { } f) continue;
                if (target == GrowthTarget.HIndex && history.CitationCoverage(row, year) < MinCitationCoverage) continue;
                rows.Add((row, PartOf(history, row), f, GrowthTargets.Value(history, row, cutoff, target), GrowthTargets.Value(history, row, year, target)));
            }

            var training = rows.Where(r => r.Part == Part.Training).Select(r => (r.Features, r.Current, r.Future)).ToList();
            var calibration = rows.Where(r => r.Part == Part.Calibration).Select(r => (r.Features, r.Current, r.Future)).ToList();
            var heldOut = rows.Where(r => r.Part == Part.HeldOut).ToList();
            if (training.Count < MinTrainingPersons || calibration.Count == 0 || heldOut.Count == 0)
            {
                var why = target == GrowthTarget.HIndex && !history.HasCitations
                    ? "no citation counts in this data: the h-index cannot be predicted; see the works target"
                    : $"too few persons: {training.Count} training, {calibration.Count} calibration, {heldOut.Count} held out (a model needs {MinTrainingPersons} to train on)";
                targets.Add(new GrowthTargetResult { Target = GrowthTargets.Name(target), Persons = rows.Count, Skipped = why });
                continue;
            }

            var model = GrowthModel.Train(target, training, seed).Calibrate(calibration, IntervalLevel);
            var actual = new List<double>();
            var predicted = new List<double>();
            var stayed = new List<double>();
            var actualGrowth = new List<double>();
            var predictedGrowth = new List<double>();
            var covered = 0;
            foreach (var row in heldOut)
            {
                var prediction = model.Predict(history.PersonKey(row.Row), row.Features, row.Current);
                actual.Add(row.Future);
                predicted.Add(prediction.Predicted);
                stayed.Add(row.Current);
                actualGrowth.Add(row.Future - row.Current);
                predictedGrowth.Add(prediction.Growth);
                if (row.Future >= prediction.Low && row.Future <= prediction.High) covered++;
            }

            models.Add(model);
            targets.Add(new GrowthTargetResult
            {
                Target = GrowthTargets.Name(target),
                Persons = rows.Count,
                TrainingPersons = training.Count,
                CalibrationPersons = calibration.Count,
                HeldOutPersons = heldOut.Count,
                IntervalWidth = Round(model.IntervalWidth),
                Model = Rounded(RegressionScores.Of(actual, predicted)),
                NoGrowthBaseline = Rounded(RegressionScores.Of(actual, stayed)),
                Growth = Rounded(RegressionScores.Of(actualGrowth, predictedGrowth)),
                IntervalCoverage = Round(covered / (double)heldOut.Count),
                PersonsThatGrew = Round(heldOut.Count(r => r.Future > r.Current) / (double)heldOut.Count),
            });
        }

        return new GrowthBacktestResult(year, horizon, cutoff, seed, targets, models);
    }

    /// <summary>Fewer training persons than this make no model (and no figure).</summary>
    public const int MinTrainingPersons = 30;

    private enum Part
    {
        Training,
        Calibration,
        HeldOut,
    }

    private static Part PartOf(CareerHistory history, int row)
    {
        var hash = Fnv1a(history.PersonLabel(row) is { Length: > 0 } label ? label : history.PersonKey(row).ToString(CultureInfo.InvariantCulture));
        return hash % 5 == 0 ? Part.HeldOut : hash / 5 % 5 == 0 ? Part.Calibration : Part.Training;
    }

    internal static uint Fnv1a(string text)
    {
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            hash ^= b;
            hash *= 16777619u;
        }

        return hash;
    }

    /// <summary>Rounds for the record, so that model.json stays the same when retraining reproduces the scores.</summary>
    public static double Round(double value) => double.IsNaN(value) ? value : Math.Round(value, 4, MidpointRounding.AwayFromZero);

    private static RegressionScores Rounded(RegressionScores scores) =>
        scores with { RSquared = Round(scores.RSquared), MeanAbsoluteError = Round(scores.MeanAbsoluteError), Spearman = Round(scores.Spearman) };
}

/// <summary>A backtest's figures per target and the models trained (h-index first when there is one).</summary>
public sealed record GrowthBacktestResult(int Year, int Horizon, int Cutoff, int Seed, IReadOnlyList<GrowthTargetResult> Targets, IReadOnlyList<GrowthModel> Models);

/// <summary>One target's backtest figures on the held-out persons (or why there are none).</summary>
public sealed record GrowthTargetResult
{
    public string Target { get; init; } = "";

    /// <summary>Persons with a work dated up to the cut-off (and, for the h-index, citation counts for most works).</summary>
    public int Persons { get; init; }

    public int TrainingPersons { get; init; }

    public int CalibrationPersons { get; init; }

    public int HeldOutPersons { get; init; }

    /// <summary>± this around a prediction holds 90% of the calibration persons.</summary>
    public double IntervalWidth { get; init; }

    /// <summary>The model's predictions of the value at T against the values at T.</summary>
    public RegressionScores? Model { get; init; }

    /// <summary>"Nobody grows": the value at the cut-off as the prediction, the floor any model must beat.</summary>
    public RegressionScores? NoGrowthBaseline { get; init; }

    /// <summary>The predicted growth (T minus the cut-off) against the actual growth: the harder, honest half.</summary>
    public RegressionScores? Growth { get; init; }

    /// <summary>The share of held-out persons whose value at T fell inside their interval.</summary>
    public double IntervalCoverage { get; init; }

    /// <summary>The share of held-out persons whose value grew at all.</summary>
    public double PersonsThatGrew { get; init; }

    /// <summary>Why there are no figures (null when there are).</summary>
    public string? Skipped { get; init; }
}
