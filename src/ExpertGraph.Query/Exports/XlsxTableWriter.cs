using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ExpertGraph.Query.Exports;

/// <summary>
/// Writes an <see cref="ExportTable"/> as an Excel workbook of one sheet (Open XML SDK): the header row bold and frozen,
/// numbers as numeric cells, text as inline strings (kept whole: Chinese, leading = or -, which a workbook never runs as
/// a formula). The package is built in memory (it needs a seekable stream) and copied to <paramref name="output"/>.
/// </summary>
public static class XlsxTableWriter
{
    private const uint BoldStyle = 1;

    public static void Write(ExportTable table, Stream output, string sheetName = "Sheet1")
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(output);
        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            data.Append(Row(1, table.Columns.Cast<object?>().ToList(), BoldStyle));
            for (var i = 0; i < table.Rows.Count; i++) data.Append(Row((uint)i + 2, table.Rows[i], null));
            sheetPart.Worksheet = new Worksheet(FrozenHeader(), Widths(table), data);
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = SheetName(sheetName) }));
        }

        buffer.Position = 0;
        buffer.CopyTo(output);
    }

    /// <summary>The column letters of a 0-based column index: 0 → A, 25 → Z, 26 → AA.</summary>
    public static string ColumnName(int index)
    {
        var name = "";
        for (var n = index + 1; n > 0; n = (n - 1) / 26) name = (char)('A' + (n - 1) % 26) + name;
        return name;
    }

    private static Row Row(uint number, IReadOnlyList<object?> cells, uint? style)
    {
        var row = new Row { RowIndex = number };
        for (var i = 0; i < cells.Count; i++)
        {
            var reference = ColumnName(i) + number.ToString(CultureInfo.InvariantCulture);
            var cell = cells[i] switch
            {
                null => new Cell { CellReference = reference },
                string text => new Cell(new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }))
                {
                    CellReference = reference, DataType = CellValues.InlineString,
                },
                IFormattable number2 => new Cell(new CellValue(number2.ToString(null, CultureInfo.InvariantCulture))) { CellReference = reference, DataType = CellValues.Number },
                var other => new Cell(new InlineString(new Text(other.ToString() ?? ""))) { CellReference = reference, DataType = CellValues.InlineString },
            };
            if (style is { } s) cell.StyleIndex = s;
            row.Append(cell);
        }

        return row;
    }

    private static SheetViews FrozenHeader() =>
        new(new SheetView(
            new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
            new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } })
        { TabSelected = true, WorkbookViewId = 0 });

    /// <summary>Columns as wide as their longest text (CJK characters counted twice), within 6 to 60 characters.</summary>
    private static Columns Widths(ExportTable table)
    {
        var columns = new Columns();
        for (var i = 0; i < table.Columns.Count; i++)
        {
            var widest = table.Rows.Select(row => i < row.Count ? Width(row[i]) : 0).Append(Width(table.Columns[i])).Max();
            columns.Append(new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = Math.Clamp(widest + 2, 6, 60), CustomWidth = true });
        }

        return columns;
    }

    private static int Width(object? cell)
    {
        var text = cell switch { null => "", IFormattable f => f.ToString(null, CultureInfo.InvariantCulture), _ => cell.ToString() ?? "" };
        return text.Sum(c => c >= 0x2E80 ? 2 : 1);
    }

    private static Stylesheet Styles() => new(
        new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellFormats(new CellFormat(), new CellFormat { FontId = 1, ApplyFont = true }) { Count = 2 });

    /// <summary>Excel's sheet-name rules: at most 31 characters, none of []:*?/\.</summary>
    private static string SheetName(string name)
    {
        var cleaned = new string([.. name.Select(c => "[]:*?/\\".Contains(c, StringComparison.Ordinal) ? '_' : c)]).Trim();
        if (cleaned.Length == 0) cleaned = "Sheet1";
        return cleaned.Length > 31 ? cleaned[..31] : cleaned;
    }
}
