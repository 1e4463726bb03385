using System.Text;
using ExpertGraph.Core.Lexicon;

namespace ExpertGraph.Ingestion.Vocabularies;

/// <summary>
/// Hand-written Chinese labels (lexicon/curated/zh-labels.tsv: id, zh, note) for the nodes no source names in Chinese:
/// OpenAlex domains, fields and subfields, ACM's top concepts, MeSH's categories. Built into the assembly so that the
/// build depends on nothing but the vocabularies folder.
/// </summary>
internal static class CuratedLabels
{
    public const string ResourceName = "curated-zh-labels.tsv";
    public const string DistinctResourceName = "curated-distinct.tsv";
    public const string TermsResourceName = "curated-zh-terms.tsv";
    public const string Source = "CURATED";

    public static IReadOnlyDictionary<string, string> ReadEmbedded()
    {
        using var reader = OpenEmbedded(ResourceName);
        return Read(reader, "lexicon/curated/zh-labels.tsv");
    }

    /// <summary>lexicon/curated/distinct.tsv: pairs of nodes (left, right, note) that share a label but must not merge.</summary>
    public static IReadOnlySet<(string, string)> ReadDistinctEmbedded()
    {
        using var reader = OpenEmbedded(DistinctResourceName);
        var pairs = new HashSet<(string, string)>();
        foreach (var (left, right) in Read(reader, "lexicon/curated/distinct.tsv", allowRepeats: true))
        {
            pairs.Add((left, right));
            pairs.Add((right, left));
        }

        return pairs;
    }

    /// <summary>
    /// lexicon/curated/zh-terms.tsv: Chinese translations (id, zh, note) CC-CEDICT lacks or gets wrong, in file order;
    /// a node may have several rows, never the same word twice.
    /// </summary>
    public static IReadOnlyList<(string Id, string Zh)> ReadTermsEmbedded()
    {
        using var reader = OpenEmbedded(TermsResourceName);
        return ReadTerms(reader, "lexicon/curated/zh-terms.tsv");
    }

    public static IReadOnlyList<(string Id, string Zh)> ReadTerms(TextReader reader, string name)
    {
        var rows = Read(reader, name, allowRepeats: true);
        var seen = new HashSet<(string, string)>();
        foreach (var row in rows)
            if (!seen.Add(row)) throw new LexiconFormatException(name, 0, $"{row.Key} {row.Value} appears twice");
        return rows;
    }

    private static StreamReader OpenEmbedded(string name)
    {
        var stream = typeof(CuratedLabels).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException(name + " is not embedded in " + typeof(CuratedLabels).Assembly.GetName().Name);
        return new StreamReader(stream, new UTF8Encoding(false, true));
    }

    public static IReadOnlyDictionary<string, string> Read(TextReader reader, string name) =>
        Read(reader, name, allowRepeats: false).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);

    private static List<(string Key, string Value)> Read(TextReader reader, string name, bool allowRepeats)
    {
        var labels = new List<(string Key, string Value)>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (fields, line) in LexiconTsv.ReadRows(reader, name, 3))
        {
            if (fields[0].Length == 0 || fields[1].Trim().Length == 0)
                throw new LexiconFormatException(name, line, "expected three tab-separated columns, the first two not empty");
            if (!keys.Add(fields[0]) && !allowRepeats)
                throw new LexiconFormatException(name, line, $"{fields[0]} appears twice");
            labels.Add((fields[0], fields[1].Trim()));
        }

        return labels;
    }
}
