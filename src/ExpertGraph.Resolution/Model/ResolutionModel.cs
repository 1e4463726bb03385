using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using ExpertGraph.Core.Model;
using ExpertGraph.Resolution.Clustering;
using ExpertGraph.Resolution.Features;

namespace ExpertGraph.Resolution.Model;

/// <summary>Held-out scores of one gold set, as recorded with the model (rounded to four decimals).</summary>
public sealed record HeldOutScore(string Set, int Mentions, int GoldPersons, double BCubedPrecision, double BCubedRecall, double BCubedF1,
    double PairwisePrecision, double PairwiseRecall, double PairwiseF1, int Pairs);

/// <summary>What model.json records beside the ML.NET file: layout, clustering settings, training and held-out scores.</summary>
public sealed record ResolutionModelInfo
{
    public int Format { get; init; } = ResolutionModel.Format;

    public IReadOnlyList<string> Features { get; init; } = PairFeatures.Names;

    [JsonConverter(typeof(JsonStringEnumConverter<Linkage>))]
    public Linkage Linkage { get; init; }

    public double Threshold { get; init; }

    /// <summary>The second stage's threshold on cluster pairs; null when cross-validation found it does not help.</summary>
    public double? ClusterThreshold { get; init; }

    public IReadOnlyList<string> ClusterFeatures { get; init; } = ClusterPairFeatures.Names;

    public PairwiseModelOptions Trees { get; init; } = new();

    public int MaxPairsPerBlock { get; init; }

    public int TrainingPairs { get; init; }

    public int PositivePairs { get; init; }

    public int ClusterPairs { get; init; }

    public string Split { get; init; } = "held out: FNV-1a(lower-cased group) % 3 == 0; groups are AMiner names, S2AND blocks, inventor name blocks; MEDLINE pairs keep their own train/test files";

    public IReadOnlyList<string> TrainedOn { get; init; } = [];

    public IReadOnlyList<HeldOutScore> HeldOut { get; init; } = [];

    public string Command { get; init; } = "expertgraph resolution train --gold ../shared/data/disambiguation --out models/resolution";
}

/// <summary>
/// The shipped resolution model: models/resolution/pairwise.zip (mention pairs) and clusters.zip (cluster pairs), both
/// ML.NET, and model.json (<see cref="ResolutionModelInfo"/>).
/// Found like the lexicon: an explicit folder, else EXPERTGRAPH_RESOLUTION_MODEL, else models/resolution beside the program.
/// </summary>
public sealed class ResolutionModel(PairwiseModel pairwise, PairwiseModel? clusters, ResolutionModelInfo info)
{
    public const int Format = 1;
    public const string EnvironmentVariable = "EXPERTGRAPH_RESOLUTION_MODEL";
    public const string ModelFile = "pairwise.zip";
    public const string ClusterModelFile = "clusters.zip";
    public const string InfoFile = "model.json";

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
    };

    public PairwiseModel Pairwise { get; } = pairwise;

    /// <summary>The second stage's model, or null when the model has no second stage.</summary>
    public PairwiseModel? Clusters { get; } = clusters;

    public ResolutionModelInfo Info { get; } = info;

    public ClusteringSettings Settings => new(Info.Linkage, Info.Threshold, Clusters is null ? null : Info.ClusterThreshold);

    public BlockClusterer Clusterer() => new(Pairwise, Settings, Clusters);

    public static string Locate(string? folder = null)
    {
        if (!string.IsNullOrWhiteSpace(folder)) return Path.GetFullPath(folder);
        var fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment)) return Path.GetFullPath(fromEnvironment);
        return Path.Combine(AppContext.BaseDirectory, "models", "resolution");
    }

    public void Save(string folder)
    {
        Directory.CreateDirectory(folder);
        Pairwise.Save(Path.Combine(folder, ModelFile));
        var clusterPath = Path.Combine(folder, ClusterModelFile);
        if (Clusters is not null) Clusters.Save(clusterPath);
        else File.Delete(clusterPath);
        File.WriteAllText(Path.Combine(folder, InfoFile), JsonSerializer.Serialize(Info, JsonOptions) + "\n");
    }

    public static ResolutionModel Load(string? folder = null)
    {
        var resolved = Locate(folder);
        var infoPath = Path.Combine(resolved, InfoFile);
        if (!File.Exists(infoPath))
            throw new ExpertGraphException($"no resolution model in {resolved} ({InfoFile} missing); set {EnvironmentVariable} or train one with `expertgraph resolution train`");
        ResolutionModelInfo info;
        try
        {
            info = JsonSerializer.Deserialize<ResolutionModelInfo>(File.ReadAllText(infoPath), JsonOptions)
                ?? throw new ExpertGraphException($"{infoPath}: empty");
        }
        catch (JsonException e)
        {
            throw new ExpertGraphException($"{infoPath}: line {e.LineNumber + 1}, position {e.BytePositionInLine}: {e.Message}", e);
        }

        if (info.Format != Format)
            throw new ExpertGraphException($"{infoPath}: model format {info.Format}, this build reads {Format}; retrain with `expertgraph resolution train`");
        if (!info.Features.SequenceEqual(PairFeatures.Names))
            throw new ExpertGraphException($"{infoPath}: the model was trained on other features ({string.Join(", ", info.Features)}); retrain it");
        if (!info.ClusterFeatures.SequenceEqual(ClusterPairFeatures.Names))
            throw new ExpertGraphException($"{infoPath}: the cluster model was trained on other features; retrain it");
        var clusters = info.ClusterThreshold is null ? null : PairwiseModel.Load(Path.Combine(resolved, ClusterModelFile), ClusterPairFeatures.Count);
        return new ResolutionModel(PairwiseModel.Load(Path.Combine(resolved, ModelFile), PairFeatures.Count), clusters, info);
    }

    /// <summary>Rounds for the record, so that model.json stays the same when retraining reproduces the scores.</summary>
    public static double Round(double value) => Math.Round(value, 4, MidpointRounding.AwayFromZero);

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Info.Linkage} linkage at {Info.Threshold:0.00}, {Pairwise.TreeCount} trees") +
        (Settings.ClusterThreshold is { } t ? string.Create(CultureInfo.InvariantCulture, $"; clusters merged at {t:0.00}") : "; no cluster stage");
}
