using System.Text.RegularExpressions;

namespace ExpertGraph.Benchmarks.Synthetic;

/// <summary>
/// The 4,516 OpenAlex topics: a research group works on one, drawn by the topic's real work count. Their descriptions
/// ("…including optical modulators, microcavities, nanophotonic waveguides…") give keywords and abstract text.
/// </summary>
internal sealed partial class TopicCatalog
{
    private const string OpenAlex = "https://openalex.org/";

    private static readonly HashSet<string> EdgeWords = new(
        "this the a an of in on for to with and or its their these such as including covers focuses cluster papers paper research study studies explores various aspects also related between from by at into"
            .Split(' '), StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> VagueWords = new(
        "topics topic delves addresses addressing covering it wide range role use impact issues contexts regions field fields area areas its"
            .Split(' '), StringComparer.OrdinalIgnoreCase);

    private TopicCatalog(IReadOnlyList<TopicSource> topics, BigramChain descriptions)
    {
        Topics = topics;
        Descriptions = descriptions;
        ByWeight = WeightedChoice<int>.FromWeights([.. Enumerable.Range(0, topics.Count)], [.. topics.Select(t => t.WorksWeight)]);
    }

    public IReadOnlyList<TopicSource> Topics { get; }

    public WeightedChoice<int> ByWeight { get; }

    public BigramChain Descriptions { get; }

    public static TopicCatalog Load(string hierarchyTsv)
    {
        var rows = new List<string[]>();
        using (var reader = new StreamReader(hierarchyTsv))
        {
            var header = reader.ReadLine()?.Split('\t') ?? [];
            string[] expected = ["topic_id", "topic_name", "subfield_id", "subfield_name", "field_id", "field_name", "domain_id", "domain_name", "works_weight", "topic_description"];
            if (!header.SequenceEqual(expected, StringComparer.Ordinal))
                throw new InvalidDataException($"{hierarchyTsv}: expected the columns {string.Join(", ", expected)}");
            while (reader.ReadLine() is { } line)
                if (line.Split('\t') is { Length: 10 } fields) rows.Add(fields);
        }

        var chain = BigramChain.Build(rows.Select(fields => fields[9]), out var tokenized);
        var topics = new List<TopicSource>(rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var f = rows[i];
            var weight = double.TryParse(f[8], System.Globalization.CultureInfo.InvariantCulture, out var w) && w > 0 ? w : 1;
            topics.Add(new TopicSource(OpenAlex + f[0], f[1], OpenAlex + "subfields/" + f[2], f[3], OpenAlex + "fields/" + f[4], f[5],
                OpenAlex + "domains/" + f[6], f[7], weight,
                KeywordPhrases(f[1], f[9]).Select(KeywordPhrase.FromPhrase).ToArray(), tokenized[i]));
        }

        if (topics.Count == 0) throw new InvalidDataException($"{hierarchyTsv}: no topics");
        return new TopicCatalog(topics, chain);
    }

    private static List<string> KeywordPhrases(string name, string description)
    {
        var phrases = new List<string>();
        foreach (var chunk in PhraseBoundary().Split(name + ". " + description))
        {
            var words = chunk.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
            while (words.Count > 0 && EdgeWords.Contains(words[0])) words.RemoveAt(0);
            while (words.Count > 0 && EdgeWords.Contains(words[^1])) words.RemoveAt(words.Count - 1);
            if (words.Count is < 1 or > 4 || words.Any(VagueWords.Contains) || !words.All(PhraseWord().IsMatch)) continue;
            if (words.Count == 1 && words[0].Length < 8) continue;
            var phrase = string.Join(' ', words);
            if (!phrases.Contains(phrase, StringComparer.OrdinalIgnoreCase)) phrases.Add(phrase);
        }

        if (phrases.Count == 0) phrases.Add(name);
        return phrases;
    }

    [GeneratedRegex(@",|;|:|\.|\(|\)|\band\b|\bincluding\b|\bsuch as\b|\bwith a focus on\b|\bfocuses on\b|\bcovers\b|\bexplores\b|\bon\b|\bin\b|\bof\b")]
    private static partial Regex PhraseBoundary();

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9'-]*$")]
    private static partial Regex PhraseWord();
}
