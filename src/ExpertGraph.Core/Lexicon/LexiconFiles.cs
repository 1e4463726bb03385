using System.Globalization;
using System.Text;

namespace ExpertGraph.Core.Lexicon;

/// <summary>
/// Reads and writes the lexicon's plain files (see lexicon/README.md): concepts.tsv, terms.tsv and alignments.tsv,
/// UTF-8 without BOM, "\n" line ends, '#' comment lines first. Writing sorts every row so that the same lexicon
/// always gives the same bytes.
/// </summary>
public static class LexiconFiles
{
    public const string ConceptsFile = "concepts.tsv";
    public const string TermsFile = "terms.tsv";
    public const string AlignmentsFile = "alignments.tsv";


    public static bool Exists(string folder) =>
        File.Exists(Path.Combine(folder, ConceptsFile)) && File.Exists(Path.Combine(folder, TermsFile));

    public static LexiconData Read(string folder)
    {
        var concepts = new List<Concept>();
        ReadRows(Path.Combine(folder, ConceptsFile), 6, (fields, file, line) => concepts.Add(new Concept(
            fields[0], ParseLevel(fields[1], file, line), SplitList(fields[2]), fields[3], fields[4], SplitList(fields[5]))));
        var terms = new List<LexiconTerm>();
        ReadRows(Path.Combine(folder, TermsFile), 6, (fields, file, line) => terms.Add(ParseTerm(fields, file, line)));
        var alignments = new List<ConceptAlignment>();
        var alignmentsPath = Path.Combine(folder, AlignmentsFile);
        if (File.Exists(alignmentsPath))
            ReadRows(alignmentsPath, 3, (fields, _, _) => alignments.Add(new ConceptAlignment(fields[0], fields[1], fields[2])));
        return new LexiconData(concepts, terms, alignments);
    }

    /// <summary>Reads a terms file alone (the mined-terms overlay has the same columns).</summary>
    public static IReadOnlyList<LexiconTerm> ReadTerms(string path)
    {
        var terms = new List<LexiconTerm>();
        ReadRows(path, 6, (fields, file, line) => terms.Add(ParseTerm(fields, file, line)));
        return terms;
    }

    public static void Write(string folder, LexiconData data, IReadOnlyList<string> header)
    {
        ArgumentNullException.ThrowIfNull(data);
        Directory.CreateDirectory(folder);
        LexiconTsv.WriteRows(Path.Combine(folder, ConceptsFile), header, "id\tlevel\tparents\tzh\ten\tsources",
            data.Concepts.OrderBy(c => c.Id, StringComparer.Ordinal).Select(c => string.Join('\t',
                c.Id, c.Level.ToString(CultureInfo.InvariantCulture), string.Join('|', c.ParentIds.Order(StringComparer.Ordinal)),
                Clean(c.LabelZh), Clean(c.LabelEn), string.Join('|', c.Sources))));
        WriteTerms(Path.Combine(folder, TermsFile), header, data.Terms);
        LexiconTsv.WriteRows(Path.Combine(folder, AlignmentsFile), header, "concept\tmerged\tevidence",
            data.Alignments.OrderBy(a => a.ConceptId, StringComparer.Ordinal).ThenBy(a => a.MergedId, StringComparer.Ordinal)
                .ThenBy(a => a.Evidence, StringComparer.Ordinal)
                .Select(a => string.Join('\t', a.ConceptId, a.MergedId, Clean(a.Evidence))));
    }

    public static void WriteTerms(string path, IReadOnlyList<string> header, IEnumerable<LexiconTerm> terms) =>
        LexiconTsv.WriteRows(path, header, "concept\ttext\tlang\tkind\tweight\tsource",
            terms.OrderBy(t => t.ConceptId, StringComparer.Ordinal).ThenBy(t => t.Language).ThenBy(t => t.Kind)
                .ThenBy(t => t.Text, StringComparer.Ordinal).ThenBy(t => t.Source, StringComparer.Ordinal)
                .Select(t => string.Join('\t', t.ConceptId, Clean(t.Text), LanguageName(t.Language), KindName(t.Kind),
                    t.Weight.ToString("0.###", CultureInfo.InvariantCulture), Clean(t.Source))));

    public static string KindName(TermKind kind) => kind switch
    {
        TermKind.Preferred => "preferred",
        TermKind.Synonym => "synonym",
        TermKind.NearSynonym => "near-synonym",
        TermKind.Abbreviation => "abbreviation",
        TermKind.Translation => "translation",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static string LanguageName(TermLanguage language) => language == TermLanguage.Zh ? "zh" : "en";

    private static LexiconTerm ParseTerm(string[] fields, string file, int line)
    {
        var language = fields[2] switch
        {
            "en" => TermLanguage.En,
            "zh" => TermLanguage.Zh,
            _ => throw new LexiconFormatException(file, line, $"language '{fields[2]}' is not en or zh"),
        };
        var kind = fields[3] switch
        {
            "preferred" => TermKind.Preferred,
            "synonym" => TermKind.Synonym,
            "near-synonym" => TermKind.NearSynonym,
            "abbreviation" => TermKind.Abbreviation,
            "translation" => TermKind.Translation,
            _ => throw new LexiconFormatException(file, line, $"term kind '{fields[3]}' is unknown"),
        };
        if (!float.TryParse(fields[4], NumberStyles.Float, CultureInfo.InvariantCulture, out var weight) || weight is <= 0 or > 1)
            throw new LexiconFormatException(file, line, $"weight '{fields[4]}' is not a number in (0, 1]");
        if (fields[1].Length == 0) throw new LexiconFormatException(file, line, "the term text is empty");
        return new LexiconTerm(fields[0], fields[1], language, kind, weight, fields[5]);
    }

    private static int ParseLevel(string text, string file, int line) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var level) && level is >= Concept.MinLevel and <= Concept.MaxLevel
            ? level
            : throw new LexiconFormatException(file, line, $"level '{text}' is not 1 to 9");

    private static string[] SplitList(string text) => text.Length == 0 ? [] : text.Split('|');

    private static string Clean(string text) =>
        text.Contains('\t') || text.Contains('\n') || text.Contains('\r')
            ? text.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ')
            : text;

    private static void ReadRows(string path, int columns, Action<string[], string, int> row)
    {
        foreach (var (fields, line) in LexiconTsv.ReadRows(path, columns)) row(fields, path, line);
    }
}
