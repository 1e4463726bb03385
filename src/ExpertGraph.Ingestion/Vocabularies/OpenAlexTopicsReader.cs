using System.Globalization;
using ExpertGraph.Core.Lexicon;

namespace ExpertGraph.Ingestion.Vocabularies;

/// <summary>
/// OpenAlex topics (openalex-topics/): domains, fields and subfields with their display_name_alternatives from
/// openalex_domains_fields_subfields.tsv, and the 4,516 topics with their subfield, field and domain from
/// openalex_topics_hierarchy.tsv. Ids: OA:D3, OA:F22, OA:S2208, OA:T10299.
/// </summary>
internal static class OpenAlexTopicsReader
{
    public const string LevelsFile = "openalex_domains_fields_subfields.tsv";
    public const string TopicsFile = "openalex_topics_hierarchy.tsv";

    public static IReadOnlyList<VocabularyNode> Read(string folder)
    {
        var topicsPath = Path.Combine(folder, TopicsFile);
        var fieldDomain = new Dictionary<string, string>(StringComparer.Ordinal);
        var subfieldField = new Dictionary<string, string>(StringComparer.Ordinal);
        var nodes = new List<VocabularyNode>();
        foreach (var (f, line) in TsvRows.Read(topicsPath, 10))
        {
            if (!f[0].StartsWith('T') || f[2].Length == 0 || f[4].Length == 0 || f[6].Length == 0)
                throw new LexiconFormatException(topicsPath, line, "a topic row needs topic_id T…, subfield_id, field_id and domain_id");
            subfieldField[f[2]] = f[4];
            fieldDomain[f[4]] = f[6];
            var topic = Node("OA:" + f[0], LexiconLevels.OpenAlexTopic, "OA:S" + f[2], f[1], []);
            nodes.Add(topic with { Terms = [.. topic.Terms, .. OpenAlexTopicKeywords.From(f[9]).Select(Keyword)] });
        }

        var levelsPath = Path.Combine(folder, LevelsFile);
        foreach (var (f, line) in TsvRows.Read(levelsPath, 6))
        {
            var id = f[1];
            var alternatives = f[5].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            nodes.Add(f[0] switch
            {
                "domain" => Node("OA:D" + id, LexiconLevels.OpenAlexDomain, null, f[2], alternatives),
                "field" => Node("OA:F" + id, LexiconLevels.OpenAlexField, "OA:D" + Lookup(fieldDomain, id, levelsPath, line), f[2], alternatives),
                "subfield" => Node("OA:S" + id, LexiconLevels.OpenAlexSubfield, "OA:F" + SubfieldField(subfieldField, id), f[2], alternatives),
                _ => throw new LexiconFormatException(levelsPath, line, $"level '{f[0]}' is not domain, field or subfield"),
            });
        }

        return nodes;
    }

    // A subfield without topics still sits in its field: OpenAlex numbers subfields field × 100 + n.
    private static string SubfieldField(Dictionary<string, string> subfieldField, string id) =>
        subfieldField.TryGetValue(id, out var field) ? field : (int.Parse(id, CultureInfo.InvariantCulture) / 100).ToString(CultureInfo.InvariantCulture);

    private static string Lookup(Dictionary<string, string> map, string key, string path, int line) =>
        map.TryGetValue(key, out var value) ? value : throw new LexiconFormatException(path, line, $"field {key} has no topic, so its domain is unknown");

    private static VocabularyNode Node(string id, int level, string? parent, string label, string[] alternatives)
    {
        var terms = new List<VocabularyTerm> { new(label, TermLanguage.En, TermKind.Preferred, 1f, Translatable: true) };
        foreach (var alternative in alternatives)
            if (TsvRows.IsUsableTerm(alternative)) terms.Add(Alternative(alternative));
        return new VocabularyNode(id, level, parent is null ? [] : [parent], label, "", terms);
    }

    /// <summary>A keyword the topic description lists: related to the topic, often narrower, so a near-synonym.</summary>
    internal static VocabularyTerm Keyword(string text) => new(text, TermLanguage.En, TermKind.NearSynonym, 0.3f);

    /// <summary>
    /// display_name_alternatives are Wikidata aliases, some loose ("vision", "ground"): short capitals are
    /// abbreviations, a lone lower-case word is a near-synonym, the rest synonyms.
    /// </summary>
    internal static VocabularyTerm Alternative(string text)
    {
        var hasLower = text.Any(char.IsLower);
        if (!hasLower && text.Length <= 8) return new VocabularyTerm(text, TermLanguage.En, TermKind.Abbreviation, 0.7f);
        if (!text.Contains(' ', StringComparison.Ordinal) && !text.Any(char.IsUpper))
            return new VocabularyTerm(text, TermLanguage.En, TermKind.NearSynonym, 0.5f);
        return new VocabularyTerm(text, TermLanguage.En, TermKind.Synonym, 0.8f, Translatable: true);
    }
}
