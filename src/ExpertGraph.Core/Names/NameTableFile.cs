using System.Text;
using ExpertGraph.Core.Lexicon;

namespace ExpertGraph.Core.Names;

/// <summary>The name tables' shared layout (lexicon/README.md): '#' comment lines, one header row, tab-separated rows.</summary>
internal static class NameTableFile
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static IEnumerable<(string[] Fields, int Line)> ReadRows(string path, int columns)
    {
        if (!File.Exists(path)) throw new LexiconFormatException(path, 0, "the file does not exist");
        using var reader = new StreamReader(path, Utf8, detectEncodingFromByteOrderMarks: false);
        var line = 0;
        var headerSeen = false;
        while (reader.ReadLine() is { } text)
        {
            line++;
            if (text.Length == 0 || text[0] == '#') continue;
            if (!headerSeen)
            {
                headerSeen = true;
                continue;
            }

            var fields = text.Split('\t');
            if (fields.Length != columns || Array.Exists(fields, field => field.Length == 0))
                throw new LexiconFormatException(path, line, $"expected {columns} non-empty tab-separated columns");
            yield return (fields, line);
        }
    }
}
