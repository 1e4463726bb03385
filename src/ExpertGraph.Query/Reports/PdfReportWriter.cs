using System.Globalization;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace ExpertGraph.Query.Reports;

/// <summary>
/// Writes a <see cref="PersonReport"/> as an A4 PDF (PDFsharp) set in the CJK font of <see cref="CjkFontFile"/>: title,
/// the nine sections with their facts and tables, text wrapped to the page (Chinese between any two characters, Latin
/// between words), new pages as needed. A <see cref="MissingFontException"/> when no CJK font is installed.
/// </summary>
public static class PdfReportWriter
{
    public static void Write(PersonReport report, Stream output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        CjkFontResolver.Install();
        using var document = new PdfDocument();
        document.Info.Title = report.Name + " — 一人一册 one-person report";
        document.Info.Subject = report.PersonId;
        document.Info.Creator = "ExpertGraph";
        using (var page = new PdfPageLayout(document))
        {
            page.Text(report.Name + "  " + report.PersonId, PdfPageLayout.Title);
            if (report.Subtitle.Length > 0) page.Text(report.Subtitle, PdfPageLayout.Body, XBrushes.DimGray);
            page.Space(8);
            var number = 0;
            foreach (var section in report.Sections)
            {
                page.Heading($"{++number}. {section.TitleZh}  {section.TitleEn}");
                if (section.NoData) page.Text(ReportSection.NoDataText, PdfPageLayout.Body, XBrushes.Gray);
                foreach (var fact in section.Facts) page.Fact($"{fact.LabelZh} {fact.LabelEn}", fact.Value);
                foreach (var table in section.Tables) page.Table(table);
                page.Space(6);
            }

            page.Space(6);
            page.Text(PersonReport.Provenance + " " + report.GeneratedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), PdfPageLayout.Small, XBrushes.Gray);
        }

        document.Save(output, closeStream: false);
    }
}
