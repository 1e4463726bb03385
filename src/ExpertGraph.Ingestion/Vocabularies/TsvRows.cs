using System.Text;
using ExpertGraph.Core.Lexicon;

namespace ExpertGraph.Ingestion.Vocabularies;

/// <summary>
/// The tab-separated vocabulary files (OpenAlex, MeSH, curated labels): UTF-8, CRLF or LF, one header row. A row with
/// too few columns is an error naming the file and line, because these are curated inputs, not user data.
/// </summary>
internal static class TsvRows
{
    public static IEnumerable<(string[] Fields, int Line)> Read(string path, int columns) =>
        LexiconTsv.ReadRows(path, columns, atLeast: true);

    /// <summary>A term text worth keeping: not empty, at most 200 characters, with at least one letter.</summary>
    public static bool IsUsableTerm(string text)
    {
        if (text.Length is 0 or > 200) return false;
        foreach (var c in text)
            if (char.IsLetter(c)) return true;
        return false;
    }
}
