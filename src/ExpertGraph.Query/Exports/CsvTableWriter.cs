using System.Globalization;
using System.Text;

namespace ExpertGraph.Query.Exports;

/// <summary>
/// Writes an <see cref="ExportTable"/> as RFC 4180 CSV: CRLF line ends, a field quoted when it holds a comma, a quote,
/// CR or LF (quotes doubled), UTF-8 with a byte-order mark so Excel reads Chinese text. A text cell that a spreadsheet
/// would run as a formula (starting with = + - @, tab or CR) is prefixed with ' (CSV injection; OWASP).
/// </summary>
public static class CsvTableWriter
{
    private static readonly UTF8Encoding Utf8WithBom = new(encoderShouldEmitUTF8Identifier: true);

    public static void Write(ExportTable table, Stream output)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(output);
        using var writer = new StreamWriter(output, Utf8WithBom, bufferSize: 65536, leaveOpen: true) { NewLine = "\r\n" };
        WriteRow(writer, table.Columns, Field);
        foreach (var row in table.Rows) WriteRow(writer, row, Field);
    }

    /// <summary>One CSV line of <paramref name="cells"/>, each made a field by <paramref name="field"/>, comma-separated.</summary>
    internal static void WriteRow<T>(TextWriter writer, IReadOnlyList<T> cells, Func<object?, string> field)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0) writer.Write(',');
            writer.Write(field(cells[i]));
        }

        writer.WriteLine();
    }

    /// <summary>One cell as its CSV field: numbers invariant, text made formula-safe, quoted when needed.</summary>
    public static string Field(object? cell) => cell switch
    {
        null => "",
        string text => Quote(FormulaSafe(text)),
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => Quote(FormulaSafe(cell.ToString() ?? "")),
    };

    /// <summary>Text a spreadsheet would take for a formula, with a leading ' so it is shown as text.</summary>
    public static string FormulaSafe(string text) =>
        text.Length > 0 && text[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + text : text;

    /// <summary>The text as an RFC 4180 field: quoted, quotes doubled, when it holds a comma, a quote, CR or LF.</summary>
    internal static string Quote(string text) =>
        text.AsSpan().IndexOfAny(",\"\r\n") < 0 ? text : "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
