using System.Text;
using ExpertGraph.Core.Lexicon;

namespace ExpertGraph.Ingestion.Vocabularies;

/// <summary>
/// Writes lexicon/hanzi-pinyin.tsv and lexicon/trad-simp.tsv from one pass over CC-CEDICT. The files are UTF-8 without
/// BOM, "\n" line ends, '#' comments naming source, licence and the command that rebuilds them, then the header row.
/// </summary>
public static class ChineseCharacterTables
{

    /// <summary>Builds both tables from <paramref name="cedictPath"/> (plain or .gz) into <paramref name="outFolder"/>.</summary>
    public static void Write(string cedictPath, string outFolder)
    {
        ArgumentException.ThrowIfNullOrEmpty(cedictPath);
        ArgumentException.ThrowIfNullOrEmpty(outFolder);
        var pinyin = new HanziPinyinTableBuilder();
        var traditional = new TraditionalSimplifiedTableBuilder();
        foreach (var entry in CedictReader.Read(cedictPath))
        {
            pinyin.Add(entry);
            traditional.Add(entry);
        }

        Directory.CreateDirectory(outFolder);
        var source = Path.GetFileName(cedictPath);
        WriteFile(Path.Combine(outFolder, HanziPinyinTableBuilder.FileName), HanziPinyinTableBuilder.Columns, pinyin.Lines(),
        [
            "Han character -> toneless pinyin readings, most used first (the number of CC-CEDICT entries reading the character so; ties in ordinal order).",
            "Readings are lower-case ASCII without tone; u-umlaut is written v (lv, nve). Erhua 'r' and unknown 'xx' are left out.",
            "Rows: every Han character of an entry whose characters and syllables line up one to one, traditional and simplified; code point order.",
        ], source);
        WriteFile(Path.Combine(outFolder, TraditionalSimplifiedTableBuilder.FileName), TraditionalSimplifiedTableBuilder.Columns, traditional.Lines(),
        [
            "Traditional Han character -> the simplified character it most often stands beside in CC-CEDICT's aligned columns (identity included, ties to the lower code point).",
            "Rows: only characters whose winner differs from themselves; code point order.",
        ], source);
    }

    private static void WriteFile(string path, string columns, IEnumerable<string> rows, IReadOnlyList<string> description, string source) =>
        LexiconTsv.WriteRows(path,
        [
            .. description,
            $"source: CC-CEDICT ({source}), https://cc-cedict.org/ ; built from ../shared/data/vocabularies/cc-cedict",
            "licence: CC BY-SA 3.0 (https://creativecommons.org/licenses/by-sa/3.0/), as CC-CEDICT; this derived file is shared under the same licence.",
            "rebuild: expertgraph lexicon build (ExpertGraph.Ingestion.Vocabularies.ChineseCharacterTables.Write)",
        ], columns, rows);
}
