using System.Globalization;
using System.Text;

namespace ExpertGraph.Query.Exports;

/// <summary>
/// One neo4j-admin import CSV: a typed header line, then rows, comma-separated, fields quoted when they hold a comma, a
/// quote, CR or LF (quotes doubled: neo4j-admin's default, not the legacy backslash style), UTF-8 without a byte-order
/// mark. Arrays (string[]) are joined with <see cref="ArrayDelimiter"/>, which neo4j-admin cannot escape: an element's
/// own ';' becomes ','. Newlines inside fields need <c>--multiline-fields=true</c> (the README's command has it).
/// </summary>
internal sealed class Neo4jCsvWriter : IDisposable
{
    public const char ArrayDelimiter = ';';

    private readonly StreamWriter _writer;

    public Neo4jCsvWriter(Stream output, IReadOnlyList<string> header)
    {
        _writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 65536, leaveOpen: false) { NewLine = "\n" };
        CsvTableWriter.WriteRow(_writer, header, Field);
    }

    public long Rows { get; private set; }

    public void Row(params object?[] cells)
    {
        CsvTableWriter.WriteRow(_writer, cells, Field);
        Rows++;
    }

    public static string Field(object? cell) => cell switch
    {
        null => "",
        string text => CsvTableWriter.Quote(text),
        bool flag => flag ? "true" : "false",
        IEnumerable<string> items => CsvTableWriter.Quote(string.Join(ArrayDelimiter, items.Select(item => item.Replace(ArrayDelimiter, ',')))),
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => CsvTableWriter.Quote(cell.ToString() ?? ""),
    };

    public void Dispose() => _writer.Dispose();
}
