using System.Text;
using System.Text.Json;
using ExpertGraph.Core.Lexicon;

namespace ExpertGraph.Ingestion.Vocabularies;

/// <summary>
/// The NSFC application-code taxonomy (nsfc-discipline-taxonomy/nsfc.jl, JSON lines: _id, name, name_en, parents):
/// three levels of codes (A01, A0101, A010101) under the eight curated departments (NSFC:A … NSFC:H). The Chinese
/// name is the preferred label; the English one is partly machine-made ("Li Qun and Lie Algebra"), so it weighs less.
/// </summary>
internal static class NsfcTaxonomyReader
{
    public const string FileName = "nsfc.jl";

    public static IReadOnlyList<VocabularyNode> Read(string folder)
    {
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path)) throw new LexiconFormatException(path, 0, "the vocabulary file does not exist");
        var nodes = new List<VocabularyNode>();
        foreach (var (letter, zh, en) in NsfcDepartments.All)
            nodes.Add(Node("NSFC:" + letter, LexiconLevels.NsfcDepartment, [], zh, en, englishWeight: 1f));

        using var reader = new StreamReader(path, new UTF8Encoding(false, true));
        var line = 0;
        while (reader.ReadLine() is { } text)
        {
            line++;
            if (text.Trim().Length == 0) continue;
            nodes.Add(Parse(text, path, line));
        }

        return nodes;
    }

    private static VocabularyNode Parse(string text, string path, int line)
    {
        try
        {
            using var json = JsonDocument.Parse(text);
            var root = json.RootElement;
            var code = root.GetProperty("_id").GetString() ?? "";
            if (code.Length is not (3 or 5 or 7) || !char.IsAsciiLetterUpper(code[0]))
                throw new LexiconFormatException(path, line, $"'{code}' is not an NSFC code like A01, A0101 or A010101");
            var zh = (root.GetProperty("name").GetString() ?? "").Trim();
            var en = root.TryGetProperty("name_en", out var english) ? (english.GetString() ?? "").Trim() : "";
            var parent = code.Length == 3 ? code[..1] : code[..^2];
            return Node("NSFC:" + code, LexiconLevels.Nsfc(code), ["NSFC:" + parent], zh, en, englishWeight: 0.8f);
        }
        catch (Exception ex) when (ex is JsonException or KeyNotFoundException or InvalidOperationException)
        {
            throw new LexiconFormatException(path, line, "not an NSFC taxonomy record: " + ex.Message);
        }
    }

    private static VocabularyNode Node(string id, int level, string[] parents, string zh, string en, float englishWeight)
    {
        var terms = new List<VocabularyTerm>();
        if (TsvRows.IsUsableTerm(zh)) terms.Add(new VocabularyTerm(zh, TermLanguage.Zh, TermKind.Preferred, 1f));
        if (TsvRows.IsUsableTerm(en)) terms.Add(new VocabularyTerm(en, TermLanguage.En, TermKind.Preferred, englishWeight, Translatable: true));
        return new VocabularyNode(id, level, parents, en, zh, terms);
    }
}
