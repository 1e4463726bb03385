using System.Globalization;
using System.Text.Json;
using ExpertGraph.Core.Model;

namespace ExpertGraph.Search.Evaluation;

/// <summary>
/// The labels of an expert-finding benchmark folder (Brochier et al.'s AMiner/DBLP benchmark, as converted in
/// ../shared/data/expert-finding/aminer-expert-finding-gt/brochier_dblp_benchmark): the labelled documents (the
/// queries, in meta.json's L_d_mask order) with their topics, the candidates ranked (L_a_mask), and each expert's topics.
/// A candidate is relevant to a query when it carries any of the query document's topics.
/// </summary>
public sealed record ExpertFindingBenchmark(
    string Folder,
    IReadOnlyList<string> Topics,
    IReadOnlyList<long> QueryDocuments,
    IReadOnlyList<long> Candidates,
    IReadOnlyDictionary<long, IReadOnlySet<string>> DocumentTopics,
    IReadOnlyDictionary<long, IReadOnlySet<string>> ExpertTopics)
{
    public const string DocumentsFile = "documents.jsonl";

    public bool IsRelevant(long candidate, IReadOnlySet<string> topics) =>
        ExpertTopics.TryGetValue(candidate, out var own) && own.Overlaps(topics);

    /// <summary>Reads the folder; a missing file or a malformed line is an error naming the file and line.</summary>
    public static ExpertFindingBenchmark Read(string folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        var metaPath = Path.Combine(folder, "meta.json");
        if (!File.Exists(metaPath)) throw new UnknownFormatException(metaPath, "an expert-finding benchmark folder needs meta.json");
        using var meta = JsonDocument.Parse(File.ReadAllText(metaPath));
        var root = meta.RootElement;
        var topics = root.GetProperty("tags").EnumerateArray().Select(tag => tag.GetString() ?? "").ToList();
        var queries = root.GetProperty("L_d_mask").EnumerateArray().Select(value => value.GetInt64()).ToList();
        var candidates = root.GetProperty("L_a_mask").EnumerateArray().Select(value => value.GetInt64()).ToList();
        return new ExpertFindingBenchmark(
            folder, topics, queries, candidates,
            ReadLabels(Path.Combine(folder, "doc_labels.tsv"), topics),
            ReadLabels(Path.Combine(folder, "expert_labels.tsv"), topics));
    }

    private static Dictionary<long, IReadOnlySet<string>> ReadLabels(string path, IReadOnlyList<string> topics)
    {
        if (!File.Exists(path)) throw new UnknownFormatException(path, "missing label file of the expert-finding benchmark");
        var labels = new Dictionary<long, HashSet<string>>();
        var line = 0;
        foreach (var text in File.ReadLines(path))
        {
            if (++line == 1 || text.Length == 0) continue;
            var fields = text.Split('\t');
            if (fields.Length != 2 || !long.TryParse(fields[0], NumberStyles.None, CultureInfo.InvariantCulture, out var id) || !topics.Contains(fields[1]))
                throw new UnknownFormatException(path, $"line {line} is not an id and one of the benchmark's topics: \"{text}\"");
            if (!labels.TryGetValue(id, out var set)) labels[id] = set = new HashSet<string>(StringComparer.Ordinal);
            set.Add(fields[1]);
        }

        return labels.ToDictionary(pair => pair.Key, pair => (IReadOnlySet<string>)pair.Value);
    }
}
