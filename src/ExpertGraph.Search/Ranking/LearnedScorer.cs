using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.LightGbm;

namespace ExpertGraph.Search.Ranking;

/// <summary>
/// A learning-to-rank scorer: ML.NET's LightGBM LambdaRank over <see cref="RankingFeatures"/>, trained on queries whose
/// relevant candidates are known. The reasons it gives are the features' values, each with the model's share of gain
/// for that feature as its weight (a tree model's score is not a sum of per-feature parts). Thread-safe (one prediction
/// engine per thread).
/// </summary>
public sealed class LearnedScorer : IExpertScorer, IDisposable
{
    public const string ModelFile = "ranking-model.zip";

    private const string GroupKey = "GroupKey";

    private readonly MLContext _ml;
    private readonly ITransformer _model;
    private readonly ThreadLocal<PredictionEngine<RankingRow, RankingPrediction>> _engines;
    private readonly double[] _importance;

    private LearnedScorer(MLContext ml, ITransformer model)
    {
        _ml = ml;
        _model = model;
        _engines = new ThreadLocal<PredictionEngine<RankingRow, RankingPrediction>>(() => ml.Model.CreatePredictionEngine<RankingRow, RankingPrediction>(model));
        _importance = Importance(model);
    }

    public string Name => "lambdarank";

    public bool ContributionsAdd => false;

    /// <summary>Each feature's share of the model's gain, in <see cref="RankingFeatures.Names"/> order.</summary>
    public IReadOnlyList<double> FeatureImportance => _importance;

    public bool ReadsPriors => true;

    public double Score(ExpertEvidence evidence) =>
        _engines.Value!.Predict(new RankingRow { Features = RankingFeatures.Of(evidence) }).Score;

    public IReadOnlyList<ScoreFeature> Explain(ExpertEvidence evidence)
    {
        var features = RankingFeatures.Of(evidence);
        return
        [
            .. RankingFeatures.Names
                .Select((name, i) => new ScoreFeature(name, features[i], _importance[i]))
                .OrderByDescending(feature => feature.Contribution),
        ];
    }

    /// <summary>Trains on labelled queries: each row a candidate of one query (rows of a query together), relevant or not.</summary>
    public static LearnedScorer Train(IEnumerable<(int Query, bool Relevant, ExpertEvidence Evidence)> rows, int seed = 1)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var ml = new MLContext(seed);
        var data = ml.Data.LoadFromEnumerable(rows
            .OrderBy(row => row.Query)
            .Select(row => new RankingRow { Group = (uint)row.Query, Label = row.Relevant ? 1 : 0, Features = RankingFeatures.Of(row.Evidence) }));
        var pipeline = ml.Transforms.Conversion.MapValueToKey(GroupKey, nameof(RankingRow.Group))
            .Append(ml.Ranking.Trainers.LightGbm(new LightGbmRankingTrainer.Options
            {
                LabelColumnName = nameof(RankingRow.Label),
                FeatureColumnName = nameof(RankingRow.Features),
                RowGroupColumnName = GroupKey,
                NumberOfLeaves = 2,
                MinimumExampleCountPerLeaf = 200,
                LearningRate = 0.05,
                NumberOfIterations = 100,
                NumberOfThreads = 1,
                Seed = seed,
                Silent = true,
            }));
        return new LearnedScorer(ml, pipeline.Fit(data));
    }

    public void Save(string folder)
    {
        Directory.CreateDirectory(folder);
        // Saved with its input schema, so a later version can tell a model of another feature set (see Load).
        _ml.Model.Save(_model, _ml.Data.LoadFromEnumerable(Array.Empty<RankingRow>()).Schema, Path.Combine(folder, ModelFile));
    }

    public static LearnedScorer Load(string folder)
    {
        var path = Path.Combine(folder, ModelFile);
        if (!File.Exists(path)) throw new Core.Model.ExpertGraphException($"{path}: no ranking model (train one with expertgraph eval ranking --save-model)");
        var ml = new MLContext(1);
        var model = ml.Model.Load(path, out var schema);
        // A model trained on another feature set (an older version) would fail at its first prediction: say so now.
        if (schema?.GetColumnOrNull(nameof(RankingRow.Features)) is not { Type: VectorDataViewType { Size: var size } } || size != RankingFeatures.Count)
        {
            throw new Core.Model.ExpertGraphException(
                $"{path}: the ranking model was trained on another set of features than this version's {RankingFeatures.Count}: retrain it with expertgraph eval ranking --save-model");
        }

        return new LearnedScorer(ml, model);
    }

    public void Dispose() => _engines.Dispose();

    private static double[] Importance(ITransformer model)
    {
        var weights = default(VBuffer<float>);
        // A trained chain is typed by its last transformer, a loaded one by ITransformer: both enumerate their parts.
        if (model is IEnumerable<ITransformer> chain && chain.LastOrDefault() is RankingPredictionTransformer<LightGbmRankingModelParameters> ranker)
            ranker.Model.GetFeatureWeights(ref weights);
        var dense = weights.DenseValues().Select(value => (double)value).ToArray();
        if (dense.Length != RankingFeatures.Count) return new double[RankingFeatures.Count];
        var total = dense.Sum();
        return total > 0 ? [.. dense.Select(value => value / total)] : dense;
    }

    // ML.NET binds these by reflection: public members, public parameterless constructors.
    private sealed class RankingRow
    {
        public uint Group { get; set; }

        public float Label { get; set; }

        [VectorType(9)]
        public float[] Features { get; set; } = [];
    }

    private sealed class RankingPrediction
    {
        public float Score { get; set; }
    }
}
