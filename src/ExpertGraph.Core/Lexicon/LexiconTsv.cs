using System.Text;

namespace ExpertGraph.Core.Lexicon;

/// <summary>
/// The one layout of every lexicon and vocabulary table: UTF-8 (invalid bytes are an error), '#' comment and blank
/// lines skipped, one header row, then tab-separated rows. A row with the wrong number of columns is a
/// <see cref="LexiconFormatException"/> naming the file and line: these are curated inputs, not user data.
/// </summary>
public static class LexiconTsv
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <param name="atLeast">Accept rows with more columns than <paramref name="columns"/> (source files with extras).</param>
    public static IEnumerable<(string[] Fields, int Line)> ReadRows(string path, int columns, bool atLeast = false)
    {
        if (!File.Exists(path)) throw new LexiconFormatException(path, 0, "the file does not exist");
        using var reader = new StreamReader(path, Utf8, detectEncodingFromByteOrderMarks: false);
        foreach (var row in ReadRows(reader, path, columns, atLeast)) yield return row;
    }

    public static IEnumerable<(string[] Fields, int Line)> ReadRows(TextReader reader, string name, int columns, bool atLeast = false)
    {
        ArgumentNullException.ThrowIfNull(reader);
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
            if (atLeast ? fields.Length < columns : fields.Length != columns)
                throw new LexiconFormatException(name, line, $"expected {(atLeast ? "at least " : "")}{columns} tab-separated columns, found {fields.Length}");
            yield return (fields, line);
        }
    }

    /// <summary>
    /// Writes a table in the same layout ("# " + each header line, the column row, the rows), "\n" line ends, UTF-8
    /// without BOM, through a temporary file renamed over the target: a reader never sees half a table.
    /// </summary>
    public static void WriteRows(string path, IReadOnlyList<string> header, string columns, IEnumerable<string> rows)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(rows);
        var temporary = path + ".tmp";
        using (var writer = new StreamWriter(temporary, append: false, Utf8))
        {
            writer.NewLine = "\n";
            foreach (var comment in header) writer.WriteLine("# " + comment);
            writer.WriteLine(columns);
            foreach (var row in rows) writer.WriteLine(row);
        }

        File.Move(temporary, path, overwrite: true);
    }
}
