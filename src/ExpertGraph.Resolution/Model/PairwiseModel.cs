using ExpertGraph.Core.Model;
using ExpertGraph.Resolution.Features;
using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;

namespace ExpertGraph.Resolution.Model;

/// <summary>
/// The probability that two mentions of one name block are one person: a FastTree (boosted trees) binary classifier
/// trained with ML.NET on <see cref="PairFeatures"/>, calibrated with Platt scaling. The ML.NET model file is what ships
/// and is loaded; scoring walks its trees directly (same result as ML.NET's prediction engine, which a test checks),
/// because a resolver scores millions of pairs and needs no per-call allocation or locking. Thread-safe once built.
/// </summary>
public sealed class PairwiseModel
{
    private readonly TreeNodes[] _trees;
    private readonly double[] _treeWeights;
    private readonly double _bias;
    private readonly double _slope;
    private readonly double _offset;

    private PairwiseModel(ITransformer transformer, CalibratedModelParametersBase<FastTreeBinaryModelParameters, PlattCalibrator> parameters)
    {
        Transformer = transformer;
        var ensemble = parameters.SubModel.TrainedTreeEnsemble;
        _trees = ensemble.Trees.Select(TreeNodes.Of).ToArray();
        _treeWeights = ensemble.TreeWeights.ToArray();
        _bias = ensemble.Bias;
        _slope = parameters.Calibrator.Slope;
        _offset = parameters.Calibrator.Offset;
    }

    /// <summary>The ML.NET transformer: what <see cref="Save"/> writes, and the reference the direct scoring is tested against.</summary>
    public ITransformer Transformer { get; }

    public int TreeCount => _trees.Length;

    /// <summary>The calibrated probability that the pair is one person.</summary>
    public float Probability(ReadOnlySpan<float> features)
    {
        var score = _bias;
        for (var t = 0; t < _trees.Length; t++) score += _treeWeights[t] * _trees[t].Evaluate(features);
        return (float)(1 / (1 + Math.Exp(_slope * score + _offset)));
    }

    /// <summary>Trains on labelled feature rows, deterministically: one thread, seeded.</summary>
    public static PairwiseModel Train(IReadOnlyList<PairExample> examples, PairwiseModelOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(examples);
        options ??= new PairwiseModelOptions();
        if (examples.Count == 0 || examples.All(e => e.SamePerson) || examples.All(e => !e.SamePerson))
            throw new ExpertGraphException("training the pairwise model needs pairs of both kinds (same person and different persons)");

        var context = new MLContext(seed: options.Seed);
        var data = context.Data.LoadFromEnumerable(examples.Select(e => new Row { Features = e.Features, Label = e.SamePerson }), RowSchema());
        var trainer = context.BinaryClassification.Trainers.FastTree(new FastTreeBinaryTrainer.Options
        {
            NumberOfTrees = options.Trees,
            NumberOfLeaves = options.Leaves,
            MinimumExampleCountPerLeaf = options.MinimumExamplesPerLeaf,
            LearningRate = options.LearningRate,
            NumberOfThreads = 1,
            Seed = options.Seed,
            FeatureColumnName = nameof(Row.Features),
            LabelColumnName = nameof(Row.Label),
        });
        var transformer = trainer.Fit(data);
        return new PairwiseModel(transformer, transformer.Model);
    }

    /// <summary>Writes the ML.NET model file.</summary>
    public void Save(string path)
    {
        var context = new MLContext();
        context.Model.Save(Transformer, SchemaOf(context), path);
    }

    public static PairwiseModel Load(string path)
    {
        if (!File.Exists(path)) throw new ExpertGraphException($"no resolution model at {path}; train one with `expertgraph resolution train`");
        var context = new MLContext();
        ITransformer transformer;
        try
        {
            using var stream = File.OpenRead(path);
            transformer = context.Model.Load(stream, out _);
        }
        catch (Exception e) when (e is InvalidOperationException or FormatException or InvalidDataException or ArgumentException)
        {
            throw new ExpertGraphException($"{path}: not a readable ML.NET model ({e.Message}); retrain it with `expertgraph resolution train`", e);
        }

        var parameters = (transformer as ISingleFeaturePredictionTransformer<object>)?.Model
            as CalibratedModelParametersBase<FastTreeBinaryModelParameters, PlattCalibrator>
            ?? throw new ExpertGraphException($"{path}: not a calibrated FastTree binary model; retrain it with `expertgraph resolution train`");
        var inputs = transformer.GetOutputSchema(SchemaOf(context));
        if (inputs[nameof(Row.Features)].Type is not VectorDataViewType { Size: var size } || size != PairFeatures.Count)
            throw new ExpertGraphException($"{path}: the model reads another feature layout than this build's {PairFeatures.Count} features; retrain it");
        return new PairwiseModel(transformer, parameters);
    }

    /// <summary>ML.NET's own probability for one feature row: the reference the direct scoring is tested against.</summary>
    public float ReferenceProbability(float[] features)
    {
        var context = new MLContext();
        var engine = context.Model.CreatePredictionEngine<Row, Prediction>(Transformer, inputSchemaDefinition: RowSchema());
        return engine.Predict(new Row { Features = features }).Probability;
    }

    private static SchemaDefinition RowSchema()
    {
        var schema = SchemaDefinition.Create(typeof(Row));
        schema[nameof(Row.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, PairFeatures.Count);
        return schema;
    }

    private static DataViewSchema SchemaOf(MLContext context) =>
        context.Data.LoadFromEnumerable(Array.Empty<Row>(), RowSchema()).Schema;

    private sealed class Row
    {
        public float[] Features { get; set; } = [];

        public bool Label { get; set; }
    }

    private sealed class Prediction
    {
        public float Probability { get; set; }
    }

    /// <summary>One tree's nodes as flat arrays; a negative child is the complement of a leaf index.</summary>
    private sealed class TreeNodes(int[] left, int[] right, int[] feature, float[] threshold, double[] leaves)
    {
        public static TreeNodes Of(RegressionTree tree)
        {
            if (tree.CategoricalSplitFlags.Any(flag => flag)) throw new NotSupportedException("categorical splits are not used by the pairwise model");
            return new TreeNodes(tree.LeftChild.ToArray(), tree.RightChild.ToArray(), tree.NumericalSplitFeatureIndexes.ToArray(),
                tree.NumericalSplitThresholds.ToArray(), tree.LeafValues.ToArray());
        }

        public double Evaluate(ReadOnlySpan<float> features)
        {
            if (left.Length == 0) return leaves[0];
            var node = 0;
            while (node >= 0) node = features[feature[node]] <= threshold[node] ? left[node] : right[node];
            return leaves[~node];
        }
    }
}

/// <summary>A feature row with its label.</summary>
public sealed record PairExample(float[] Features, bool SamePerson);

/// <summary>FastTree settings of the pairwise model; the defaults are the shipped model's.</summary>
public sealed record PairwiseModelOptions
{
    public int Trees { get; init; } = 200;

    public int Leaves { get; init; } = 24;

    public int MinimumExamplesPerLeaf { get; init; } = 20;

    public double LearningRate { get; init; } = 0.1;

    public int Seed { get; init; } = 20261129;
}
