using System.Globalization;
using System.Text;
using static System.Net.WebUtility;

namespace ExpertGraph.Query.Reports;

/// <summary>
/// Writes a <see cref="PersonReport"/> as one self-contained HTML page (inline CSS, no script, nothing fetched), every
/// value HTML-escaped, lang="zh-CN" with the English labels marked lang="en".
/// </summary>
public static class HtmlReportWriter
{
    private const string Style = """
        body{font-family:"Noto Sans CJK SC","Noto Sans SC","PingFang SC","Microsoft YaHei",sans-serif;margin:2em auto;max-width:60em;color:#222;line-height:1.5}
        h1{margin-bottom:0}.subtitle{color:#555;margin-top:.2em}h2{border-bottom:2px solid #2a5d9f;color:#2a5d9f;margin-top:1.6em}
        h2 .en,dt .en{color:#777;font-weight:normal;font-size:.85em;margin-left:.4em}dl{display:grid;grid-template-columns:max-content 1fr;gap:.2em 1em}
        dt{font-weight:bold}dd{margin:0}table{border-collapse:collapse;width:100%;margin:.6em 0}caption{text-align:left;font-weight:bold;padding:.3em 0}
        th,td{border:1px solid #ccc;padding:.25em .5em;text-align:left;vertical-align:top}th{background:#eef3fa}.nodata{color:#888;font-style:italic}
        footer{margin-top:2em;color:#777;font-size:.85em}
        """;

    public static void Write(PersonReport report, Stream output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        using var writer = new StreamWriter(output, new UTF8Encoding(false), 65536, leaveOpen: true);
        writer.Write(Render(report));
    }

    public static string Render(PersonReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append(CultureInfo.InvariantCulture, $"<title>{HtmlEncode(report.Name)} — 一人一册 one-person report</title>\n<style>{Style}</style>\n</head>\n<body>\n");
        html.Append(CultureInfo.InvariantCulture, $"<h1>{HtmlEncode(report.Name)} <small>{HtmlEncode(report.PersonId)}</small></h1>\n");
        if (report.Subtitle.Length > 0) html.Append(CultureInfo.InvariantCulture, $"<p class=\"subtitle\">{HtmlEncode(report.Subtitle)}</p>\n");
        var number = 0;
        foreach (var section in report.Sections)
        {
            html.Append(CultureInfo.InvariantCulture, $"<section>\n<h2>{++number}. {HtmlEncode(section.TitleZh)}<span class=\"en\" lang=\"en\">{HtmlEncode(section.TitleEn)}</span></h2>\n");
            if (section.NoData) html.Append(CultureInfo.InvariantCulture, $"<p class=\"nodata\">{HtmlEncode(ReportSection.NoDataText)}</p>\n");
            if (section.Facts.Count > 0)
            {
                html.Append("<dl>\n");
                foreach (var fact in section.Facts)
                    html.Append(CultureInfo.InvariantCulture, $"<dt>{HtmlEncode(fact.LabelZh)}<span class=\"en\" lang=\"en\">{HtmlEncode(fact.LabelEn)}</span></dt><dd>{HtmlEncode(fact.Value)}</dd>\n");
                html.Append("</dl>\n");
            }

            foreach (var table in section.Tables)
            {
                html.Append(CultureInfo.InvariantCulture, $"<table>\n<caption>{HtmlEncode(table.Caption)}</caption>\n<tr>");
                foreach (var column in table.Columns) html.Append(CultureInfo.InvariantCulture, $"<th>{HtmlEncode(column)}</th>");
                html.Append("</tr>\n");
                foreach (var row in table.Rows)
                {
                    html.Append("<tr>");
                    foreach (var cell in row) html.Append(CultureInfo.InvariantCulture, $"<td>{HtmlEncode(cell)}</td>");
                    html.Append("</tr>\n");
                }

                html.Append("</table>\n");
            }

            html.Append("</section>\n");
        }

        html.Append(CultureInfo.InvariantCulture,
            $"<footer>{HtmlEncode(PersonReport.Provenance)} {HtmlEncode(report.GeneratedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))}</footer>\n</body>\n</html>\n");
        return html.ToString();
    }
}
