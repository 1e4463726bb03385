using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using ExpertGraph.Core.Model;

namespace ExpertGraph.Search.Growth;

/// <summary>What model.json records beside the ML.NET files: features, dates, settings, the data, the held-out figures and the command.</summary>
public sealed record GrowthModelInfo
{
    public const int CurrentFormat = 1;

    public int Format { get; init; } = CurrentFormat;

    public IReadOnlyList<string> Features { get; init; } = GrowthFeatures.Names;

    /// <summary>T: the year the targets were read at.</summary>
    public int Year { get; init; }

    /// <summary>N: years between the cut-off (features) and T (targets).</summary>
    public int Horizon { get; init; }

    public int Seed { get; init; }

    public double IntervalLevel { get; init; } = GrowthBacktest.IntervalLevel;

    public string Trees { get; init; } = "FastTree regression of the growth: 200 trees, 16 leaves, at least 10 persons a leaf, learning rate 0.05, one thread";

    public string Split { get; init; } = GrowthBacktest.SplitRule;

    /// <summary>What the model was trained on, with its size.</summary>
    public string Data { get; init; } = "";

    public IReadOnlyList<GrowthTargetResult> HeldOut { get; init; } = [];

    public string Command { get; init; } = "";
}

/// <summary>
/// The growth models of one backtest saved together (models/growth/): one ML.NET file per target that has a model
/// (h-index.zip, works.zip) and model.json (<see cref="GrowthModelInfo"/>).
/// </summary>
public sealed class GrowthModelSet(IReadOnlyList<GrowthModel> models, GrowthModelInfo info)
{
    public const string InfoFile = "model.json";

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        // model.json is read by people: names and dashes as they are (it is never embedded in HTML).
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public IReadOnlyList<GrowthModel> Models { get; } = models;

    public GrowthModelInfo Info { get; } = info;

    public GrowthModel? For(GrowthTarget target) => Models.FirstOrDefault(model => model.Target == target);

    public static string FileOf(GrowthTarget target) => GrowthTargets.Name(target) + ".zip";

    public void Save(string folder)
    {
        Directory.CreateDirectory(folder);
        foreach (var target in Enum.GetValues<GrowthTarget>())
        {
            var path = Path.Combine(folder, FileOf(target));
            if (For(target) is { } model) model.Save(path);
            else File.Delete(path);
        }

        File.WriteAllText(Path.Combine(folder, InfoFile), ToJson(Info) + "\n");
    }

    public static string ToJson<T>(T value) => JsonSerializer.Serialize(value, JsonOptions);

    public static GrowthModelSet Load(string folder)
    {
        var infoPath = Path.Combine(folder, InfoFile);
        if (!File.Exists(infoPath)) throw new ExpertGraphException($"no growth model in {folder} ({InfoFile} missing); train one with `expertgraph eval growth --save-model {folder}`");
        GrowthModelInfo info;
        try
        {
            info = JsonSerializer.Deserialize<GrowthModelInfo>(File.ReadAllText(infoPath), JsonOptions) ?? throw new ExpertGraphException($"{infoPath}: empty");
        }
        catch (JsonException e)
        {
            throw new ExpertGraphException($"{infoPath}: line {e.LineNumber + 1}: {e.Message}", e);
        }

        if (info.Format != GrowthModelInfo.CurrentFormat || !info.Features.SequenceEqual(GrowthFeatures.Names))
            throw new ExpertGraphException($"{infoPath}: a growth model of another format or feature set; retrain it with `{info.Command}`");
        var models = new List<GrowthModel>();
        foreach (var result in info.HeldOut.Where(result => result.Skipped is null))
        {
            var target = Enum.GetValues<GrowthTarget>().Single(t => GrowthTargets.Name(t) == result.Target);
            models.Add(GrowthModel.Load(Path.Combine(folder, FileOf(target)), target, result.IntervalWidth));
        }

        return new GrowthModelSet(models, info);
    }
}
