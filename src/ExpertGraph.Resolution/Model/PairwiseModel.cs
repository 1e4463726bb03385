using ExpertGraph.Core.Model;
using ExpertGraph.Resolution.Features;
using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers.FastTree;

namespace ExpertGraph.Resolution.Model;

/// <summary>
/// The probability that two mentions (or two clusters of mentions) of one name block are one person: a FastTree
/// (boosted trees) binary classifier trained with ML.NET on <see cref="PairFeatures"/> (or <see cref="ClusterPairFeatures"/>),
/// calibrated with Platt scaling. The ML.NET model file is what ships
/// and is loaded; scoring walks its trees directly (same result as ML.NET's prediction engine, which a test checks),
/// because a resolver scores millions of pairs and needs no per-call allocation or locking. Thread-safe once built.
/// </summary>
public sealed class PairwiseModel
{
    private readonly Node[] _nodes;
    private readonly double[] _leaves;
    private readonly int[] _roots;
    private readonly double _bias;
    private readonly double _slope;
    private readonly double _offset;

    private PairwiseModel(ITransformer transformer, CalibratedModelParametersBase<FastTreeBinaryModelParameters, PlattCalibrator> parameters, int featureCount)
    {
        Transformer = transformer;
        FeatureCount = featureCount;
        var ensemble = parameters.SubModel.TrainedTreeEnsemble;
        (_nodes, _leaves, _roots) = Flatten(ensemble);
        _bias = ensemble.Bias;
        _slope = parameters.Calibrator.Slope;
        _offset = parameters.Calibrator.Offset;
    }

    /// <summary>The ML.NET transformer: what <see cref="Save"/> writes, and the reference the direct scoring is tested against.</summary>
    public ITransformer Transformer { get; }

    public int TreeCount => _roots.Length;

    /// <summary>How many features a row has (<see cref="PairFeatures"/> for mention pairs, <see cref="ClusterPairFeatures"/> for clusters).</summary>
    public int FeatureCount { get; }

    /// <summary>The calibrated probability that the pair is one person.</summary>
    public float Probability(ReadOnlySpan<float> features)
    {
        var score = _bias;
        var nodes = _nodes;
        foreach (var root in _roots)
        {
            var node = root;
            while (node >= 0)
            {
                ref readonly var split = ref nodes[node];
                node = features[split.Feature] <= split.Threshold ? split.Left : split.Right;
            }

            score += _leaves[~node];
        }

        return (float)(1 / (1 + Math.Exp(_slope * score + _offset)));
    }

    /// <summary>Trains on labelled feature rows, deterministically: one thread, seeded.</summary>
    public static PairwiseModel Train(IReadOnlyList<PairExample> examples, PairwiseModelOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(examples);
        options ??= new PairwiseModelOptions();
        if (examples.Count == 0 || examples.All(e => e.SamePerson) || examples.All(e => !e.SamePerson))
            throw new ExpertGraphException("training the pairwise model needs pairs of both kinds (same person and different persons)");

        var featureCount = examples[0].Features.Length;
        if (examples.Any(e => e.Features.Length != featureCount)) throw new ArgumentException("every example needs the same number of features", nameof(examples));
        var context = new MLContext(seed: options.Seed);
        var data = context.Data.LoadFromEnumerable(examples.Select(e => new Row { Features = e.Features, Label = e.SamePerson }), RowSchema(featureCount));
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
        return new PairwiseModel(transformer, transformer.Model, featureCount);
    }

    /// <summary>Writes the ML.NET model file.</summary>
    public void Save(string path)
    {
        var context = new MLContext();
        context.Model.Save(Transformer, SchemaOf(context, FeatureCount), path);
    }

    /// <param name="featureCount">The row length the caller computes: a model of another layout is refused.</param>
    public static PairwiseModel Load(string path, int featureCount)
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
        var trees = parameters.SubModel.TrainedTreeEnsemble.Trees;
        var highest = trees.SelectMany(t => t.NumericalSplitFeatureIndexes).DefaultIfEmpty(-1).Max();
        if (highest >= featureCount)
            throw new ExpertGraphException($"{path}: the model reads feature {highest}, beyond this build's {featureCount} features; retrain it");
        return new PairwiseModel(transformer, parameters, featureCount);
    }

    /// <summary>ML.NET's own probability for one feature row: the reference the direct scoring is tested against.</summary>
    public float ReferenceProbability(float[] features) => ReferenceScorer()(features);

    /// <summary>ML.NET's prediction engine for this model (one per caller: engines are not thread-safe).</summary>
    public Func<float[], float> ReferenceScorer()
    {
        var context = new MLContext();
        var engine = context.Model.CreatePredictionEngine<Row, Prediction>(Transformer, inputSchemaDefinition: RowSchema(FeatureCount));
        var row = new Row();
        return features =>
        {
            row.Features = features;
            return engine.Predict(row).Probability;
        };
    }

    private static SchemaDefinition RowSchema(int featureCount)
    {
        var schema = SchemaDefinition.Create(typeof(Row));
        schema[nameof(Row.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, featureCount);
        return schema;
    }

    private static DataViewSchema SchemaOf(MLContext context, int featureCount) =>
        context.Data.LoadFromEnumerable(Array.Empty<Row>(), RowSchema(featureCount)).Schema;

    private sealed class Row
    {
        public float[] Features { get; set; } = [];

        public bool Label { get; set; }
    }

    private sealed class Prediction
    {
        public float Probability { get; set; }
    }

    /// <summary>A split: go left when the feature is at most the threshold. A negative child is the complement of a leaf index.</summary>
    private readonly record struct Node(int Feature, float Threshold, int Left, int Right);

    /// <summary>
    /// Every tree's nodes in one array (children renumbered to it) and every leaf in another, each leaf value already
    /// multiplied by its tree's weight: one pass over contiguous memory per pair.
    /// </summary>
    private static (Node[] Nodes, double[] Leaves, int[] Roots) Flatten(RegressionTreeEnsemble ensemble)
    {
        var nodes = new List<Node>();
        var leaves = new List<double>();
        var roots = new List<int>();
        for (var t = 0; t < ensemble.Trees.Count; t++)
        {
            var tree = ensemble.Trees[t];
            if (tree.CategoricalSplitFlags.Any(flag => flag)) throw new NotSupportedException("categorical splits are not used by the pairwise model");
            var (nodeBase, leafBase) = (nodes.Count, leaves.Count);
            int Child(int child) => child >= 0 ? nodeBase + child : ~(leafBase + ~child);
            for (var i = 0; i < tree.LeftChild.Count; i++)
                nodes.Add(new Node(tree.NumericalSplitFeatureIndexes[i], tree.NumericalSplitThresholds[i], Child(tree.LeftChild[i]), Child(tree.RightChild[i])));
            leaves.AddRange(tree.LeafValues.Select(v => v * ensemble.TreeWeights[t]));
            roots.Add(tree.LeftChild.Count == 0 ? ~leafBase : nodeBase);
        }

        return (nodes.ToArray(), leaves.ToArray(), roots.ToArray());
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
