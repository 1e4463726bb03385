using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;

namespace ExpertGraph.Search.Growth;

/// <summary>
/// One target's regression (ML.NET FastTree, seeded, one thread: the same rows give the same model): predicts the
/// target's growth over the horizon from <see cref="GrowthFeatures"/>, adds it to the value at the cut-off, and gives
/// an interval (± the calibration persons' absolute error at <see cref="GrowthModelInfo.IntervalLevel"/>, never below
/// the value at the cut-off) and each feature's contribution to the prediction. Thread-safe (one engine per thread).
/// </summary>
public sealed class GrowthModel : IDisposable
{
    private readonly MLContext _ml;
    private readonly RegressionPredictionTransformer<FastTreeRegressionModelParameters> _model;
    private readonly ThreadLocal<PredictionEngine<GrowthRow, GrowthOutput>> _engines;

    private GrowthModel(MLContext ml, RegressionPredictionTransformer<FastTreeRegressionModelParameters> model, GrowthTarget target, double intervalWidth)
    {
        _ml = ml;
        _model = model;
        Target = target;
        IntervalWidth = intervalWidth;
        var contributions = ml.Transforms.CalculateFeatureContribution(model, numberOfPositiveContributions: GrowthFeatures.Count, numberOfNegativeContributions: GrowthFeatures.Count, normalize: false)
            .Fit(ml.Data.LoadFromEnumerable(Array.Empty<GrowthRow>()));
        var chain = new TransformerChain<ITransformer>(model, contributions);
        _engines = new ThreadLocal<PredictionEngine<GrowthRow, GrowthOutput>>(() => ml.Model.CreatePredictionEngine<GrowthRow, GrowthOutput>(chain));
    }

    public GrowthTarget Target { get; }

    /// <summary>Half the interval's width: the calibration persons' absolute error at the interval level.</summary>
    public double IntervalWidth { get; }

    /// <summary>The trees' settings; fixed, so that the model is a function of its rows.</summary>
    public static FastTreeRegressionTrainer.Options TrainerOptions(int seed) => new()
    {
        NumberOfTrees = 200,
        NumberOfLeaves = 16,
        MinimumExampleCountPerLeaf = 10,
        LearningRate = 0.05,
        NumberOfThreads = 1,
        Seed = seed,
    };

    /// <summary>Trains on (features, value at the cut-off, value at the horizon) rows; the interval is set by <see cref="Calibrate"/>.</summary>
    public static GrowthModel Train(GrowthTarget target, IEnumerable<(float[] Features, int Current, int Future)> rows, int seed)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var ml = new MLContext(seed);
        var data = ml.Data.LoadFromEnumerable(rows.Select(row => new GrowthRow { Features = row.Features, Label = row.Future - row.Current }).ToList());
        return new GrowthModel(ml, ml.Regression.Trainers.FastTree(TrainerOptions(seed)).Fit(data), target, 0);
    }

    /// <summary>The same model with its interval set from persons it was not trained on: the absolute error below which <paramref name="level"/> of them fall.</summary>
    public GrowthModel Calibrate(IEnumerable<(float[] Features, int Current, int Future)> rows, double level)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var errors = rows.Select(row => Math.Abs(PredictGrowth(row.Features) - (row.Future - row.Current))).Order().ToArray();
        var width = errors.Length == 0 ? 0 : errors[Math.Min(errors.Length - 1, (int)Math.Ceiling(level * errors.Length) - 1)];
        return new GrowthModel(_ml, _model, Target, width);
    }

    /// <summary>The predicted growth (never below zero: works and h-index only grow).</summary>
    public double PredictGrowth(float[] features) => Math.Max(0, _engines.Value!.Predict(new GrowthRow { Features = features }).Score);

    public GrowthPrediction Predict(long person, float[] features, int current)
    {
        ArgumentNullException.ThrowIfNull(features);
        var output = _engines.Value!.Predict(new GrowthRow { Features = features });
        var predicted = current + Math.Max(0, output.Score);
        var drivers = GrowthFeatures.Names
            .Select((name, i) => new GrowthDriver(name, features[i], output.FeatureContributions.Length > i ? output.FeatureContributions[i] : 0))
            .OrderByDescending(driver => Math.Abs(driver.Contribution)).ThenBy(driver => driver.Feature, StringComparer.Ordinal)
            .ToList();
        return new GrowthPrediction(person, Target, current, predicted, Math.Max(current, predicted - IntervalWidth), predicted + IntervalWidth, drivers);
    }

    public void Save(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        _ml.Model.Save(_model, _ml.Data.LoadFromEnumerable(Array.Empty<GrowthRow>()).Schema, path);
    }

    public static GrowthModel Load(string path, GrowthTarget target, double intervalWidth)
    {
        var ml = new MLContext(1);
        var loaded = ml.Model.Load(path, out var schema);
        if (schema?.GetColumnOrNull(nameof(GrowthRow.Features)) is not { Type: VectorDataViewType { Size: var size } } || size != GrowthFeatures.Count
            || loaded is not RegressionPredictionTransformer<FastTreeRegressionModelParameters> model)
            throw new Core.Model.ExpertGraphException($"{path}: not a growth model of this version's {GrowthFeatures.Count} features: retrain it with expertgraph eval growth --save-model");
        return new GrowthModel(ml, model, target, intervalWidth);
    }

    public void Dispose() => _engines.Dispose();

    // ML.NET binds these by reflection: public members, public parameterless constructors.
    private sealed class GrowthRow
    {
        public float Label { get; set; }

        [VectorType(GrowthFeatures.Count)]
        public float[] Features { get; set; } = [];
    }

    private sealed class GrowthOutput
    {
        public float Score { get; set; }

        public float[] FeatureContributions { get; set; } = [];
    }
}
