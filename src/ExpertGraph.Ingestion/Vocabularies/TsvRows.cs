using System.Text;
using ExpertGraph.Core.Lexicon;

namespace ExpertGraph.Ingestion.Vocabularies;

/// <summary>
/// The tab-separated vocabulary files (OpenAlex, MeSH, curated labels): UTF-8, CRLF or LF, one header row. A row with
/// too few columns is an error naming the file and line, because these are curated inputs, not user data.
/// </summary>
internal static class TsvRows
{
    public static IEnumerable<(string[] Fields, int Line)> Read(string path, int columns, bool skipHeader = true)
    {
        if (!File.Exists(path)) throw new LexiconFormatException(path, 0, "the vocabulary file does not exist");
        using var reader = new StreamReader(path, new UTF8Encoding(false, true));
        var line = 0;
        while (reader.ReadLine() is { } text)
        {
            line++;
            if (text.Length == 0 || text[0] == '#') continue;
            if (skipHeader)
            {
                skipHeader = false;
                continue;
            }

            var fields = text.Split('\t');
            if (fields.Length < columns)
                throw new LexiconFormatException(path, line, $"expected {columns} tab-separated columns, found {fields.Length}");
            yield return (fields, line);
        }
    }

    /// <summary>A term text worth keeping: not empty, at most 200 characters, with at least one letter.</summary>
    public static bool IsUsableTerm(string text)
    {
        if (text.Length is 0 or > 200) return false;
        foreach (var c in text)
            if (char.IsLetter(c)) return true;
        return false;
    }
}
