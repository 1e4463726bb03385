using ExpertGraph.Tests.Shared;
using System.Text.Json;

namespace ExpertGraph.Search.Tests.Semantic;

/// <summary>The 1,641 paper texts of the expert-finding benchmark (shared data), by document number; read once.</summary>
internal static class BenchmarkDocuments
{
    public const string Folder = "expert-finding/aminer-expert-finding-gt/brochier_dblp_benchmark";

    private static readonly Lazy<IReadOnlyDictionary<int, string>> Texts = new(Read);

    public static IReadOnlyDictionary<int, string> All => Texts.Value;

    private static Dictionary<int, string> Read()
    {
        var texts = new Dictionary<int, string>();
        foreach (var line in File.ReadLines(SharedData.Path(Folder + "/documents.jsonl")))
        {
            using var json = JsonDocument.Parse(line);
            texts[json.RootElement.GetProperty("doc").GetInt32()] = json.RootElement.GetProperty("text").GetString()!;
        }

        return texts;
    }
}
