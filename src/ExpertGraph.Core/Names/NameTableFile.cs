using ExpertGraph.Core.Lexicon;

namespace ExpertGraph.Core.Names;

/// <summary>The name tables' shared layout (lexicon/README.md): '#' comment lines, one header row, tab-separated rows.</summary>
internal static class NameTableFile
{
    public static IEnumerable<(string[] Fields, int Line)> ReadRows(string path, int columns)
    {
        foreach (var (fields, line) in LexiconTsv.ReadRows(path, columns))
        {
            if (Array.Exists(fields, field => field.Length == 0))
                throw new LexiconFormatException(path, line, $"expected {columns} non-empty tab-separated columns");
            yield return (fields, line);
        }
    }
}
