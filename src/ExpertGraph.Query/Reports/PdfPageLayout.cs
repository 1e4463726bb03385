using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace ExpertGraph.Query.Reports;

/// <summary>
/// A cursor down A4 pages: draws wrapped text, label–value lines and tables, starting a new page when the next line
/// does not fit. One <see cref="XGraphics"/> per page, disposed when the page is left.
/// </summary>
internal sealed class PdfPageLayout : IDisposable
{
    // One style only: PDFsharp embeds the whole CJK face (it subsets TrueType outlines, not CFF) once per style used,
    // about 14 MB each; emphasis is size and colour.
    public static readonly XFont Title = Font(20);
    public static readonly XFont HeadingFont = Font(13);
    public static readonly XFont Body = Font(10);
    public static readonly XFont BodyBold = Font(10);
    public static readonly XFont Small = Font(8);
    private static readonly XFont TableFont = Font(8.5);
    private static readonly XFont TableHeader = Font(8.5);

    private const double Margin = 50;

    /// <summary>
    /// Unicode encoding always: PDFsharp's automatic choice sets text of Latin letters only in a WinAnsi font, which
    /// draws nothing with a CFF face (tried: ids and years vanished from the page).
    /// </summary>
    private static XFont Font(double size) => new(CjkFontResolver.Family, size, XFontStyleEx.Regular, new XPdfFontOptions(PdfFontEncoding.Unicode));
    private const double LabelWidth = 170;
    private static readonly XColor Accent = XColor.FromArgb(42, 93, 159);

    private readonly PdfDocument _document;
    private XGraphics _graphics = null!;
    private PdfPage _page = null!;
    private double _y;

    public PdfPageLayout(PdfDocument document)
    {
        _document = document;
        NewPage();
    }

    private double Width => _page.Width.Point - 2 * Margin;

    public void Space(double points) => _y += points;

    public void Text(string text, XFont font, XBrush? brush = null)
    {
        foreach (var line in Wrap(text, font, Width))
        {
            Need(font.Height);
            _graphics.DrawString(line, font, brush ?? XBrushes.Black, new XRect(Margin, _y, Width, font.Height), XStringFormats.TopLeft);
            _y += font.Height;
        }
    }

    public void Heading(string text)
    {
        Need(HeadingFont.Height * 3);
        _y += 6;
        Text(text, HeadingFont, new XSolidBrush(Accent));
        _graphics.DrawLine(new XPen(Accent, 1), Margin, _y, Margin + Width, _y);
        _y += 4;
    }

    public void Fact(string label, string value)
    {
        var labels = Wrap(label, BodyBold, LabelWidth - 8);
        var values = Wrap(value, Body, Width - LabelWidth);
        for (var i = 0; i < Math.Max(labels.Count, values.Count); i++)
        {
            Need(Body.Height);
            if (i < labels.Count) _graphics.DrawString(labels[i], BodyBold, XBrushes.Black, new XRect(Margin, _y, LabelWidth, Body.Height), XStringFormats.TopLeft);
            if (i < values.Count) _graphics.DrawString(values[i], Body, XBrushes.Black, new XRect(Margin + LabelWidth, _y, Width - LabelWidth, Body.Height), XStringFormats.TopLeft);
            _y += Body.Height;
        }
    }

    public void Table(ReportTable table)
    {
        _y += 4;
        Text(table.Caption, BodyBold);
        var widths = ColumnWidths(table);
        Row(table.Columns, widths, TableHeader, XBrushes.AliceBlue);
        foreach (var row in table.Rows) Row(row, widths, TableFont, null);
        _y += 4;
    }

    private void Row(IReadOnlyList<string> cells, double[] widths, XFont font, XBrush? fill)
    {
        const double pad = 3;
        var lines = cells.Select((cell, i) => Wrap(cell, font, widths[i] - 2 * pad)).ToList();
        var height = lines.Max(l => Math.Max(1, l.Count)) * font.Height + 2 * pad;
        Need(height);
        var x = Margin;
        for (var i = 0; i < cells.Count; i++)
        {
            var cell = new XRect(x, _y, widths[i], height);
            if (fill is not null) _graphics.DrawRectangle(fill, cell);
            _graphics.DrawRectangle(new XPen(XColors.LightGray, 0.5), cell);
            for (var l = 0; l < lines[i].Count; l++)
                _graphics.DrawString(lines[i][l], font, XBrushes.Black, new XRect(x + pad, _y + pad + l * font.Height, widths[i] - 2 * pad, font.Height), XStringFormats.TopLeft);
            x += widths[i];
        }

        _y += height;
    }

    /// <summary>Widths by the longest text of each column (a CJK character counts twice), every column at least 40 points.</summary>
    private double[] ColumnWidths(ReportTable table)
    {
        var longest = table.Columns.Select((column, i) =>
            Math.Min(60, table.Rows.Select(r => i < r.Count ? Length(r[i]) : 0).Append(Length(column) / 2).Max()) + 2.0).ToArray();
        var total = longest.Sum();
        var widths = longest.Select(l => Math.Max(40, Width * l / total)).ToArray();
        var scale = Width / widths.Sum();
        return [.. widths.Select(w => w * scale)];
    }

    private static int Length(string text) => text.Sum(c => c >= 0x2E80 ? 2 : 1);

    /// <summary>Lines of <paramref name="text"/> at most <paramref name="width"/> wide: breaks after spaces, or between CJK characters, or inside a word too long for a line.</summary>
    private List<string> Wrap(string text, XFont font, double width)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.Replace("\r", "", StringComparison.Ordinal).Split('\n'))
        {
            var line = "";
            foreach (var token in Tokens(paragraph))
            {
                if (_graphics.MeasureString(line + token, font).Width <= width || line.Length == 0 && Fits(token, font, width))
                {
                    line += token;
                    continue;
                }

                if (line.Length > 0) lines.Add(line.TrimEnd());
                line = token.TrimStart();
                while (line.Length > 1 && _graphics.MeasureString(line, font).Width > width)
                {
                    var cut = line.Length - 1;
                    while (cut > 1 && _graphics.MeasureString(line[..cut], font).Width > width) cut--;
                    lines.Add(line[..cut]);
                    line = line[cut..];
                }
            }

            lines.Add(line.TrimEnd());
        }

        return lines;
    }

    private bool Fits(string token, XFont font, double width) => _graphics.MeasureString(token, font).Width <= width;

    /// <summary>A CJK character is a token of its own; other text splits after spaces.</summary>
    private static IEnumerable<string> Tokens(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var cjk = text[i] >= 0x2E80;
            if (cjk || text[i] == ' ' || (i + 1 < text.Length && text[i + 1] >= 0x2E80))
            {
                yield return text[start..(i + 1)];
                start = i + 1;
            }
        }

        if (start < text.Length) yield return text[start..];
    }

    private void Need(double height)
    {
        if (_y + height > _page.Height.Point - Margin) NewPage();
    }

    private void NewPage()
    {
        _graphics?.Dispose();
        _page = _document.AddPage();
        _page.Size = PdfSharp.PageSize.A4;
        _graphics = XGraphics.FromPdfPage(_page);
        _y = Margin;
    }

    public void Dispose() => _graphics?.Dispose();
}
