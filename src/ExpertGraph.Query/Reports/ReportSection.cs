namespace ExpertGraph.Query.Reports;

/// <summary>
/// One dimension of the one-person report: its bilingual title, labelled facts and tables; <see cref="NoData"/> when
/// the sources ingested say nothing of it (the report then says so rather than leaving the dimension out).
/// </summary>
public sealed record ReportSection(string TitleZh, string TitleEn, IReadOnlyList<ReportFact> Facts, IReadOnlyList<ReportTable> Tables)
{
    /// <summary>What a dimension without data says.</summary>
    public const string NoDataText = "无数据 no data in the sources ingested";

    public bool NoData => Facts.Count == 0 && Tables.Count == 0;
}

/// <summary>A labelled value of a report section (the label in both languages).</summary>
public sealed record ReportFact(string LabelZh, string LabelEn, string Value);

/// <summary>A table of a report section: a caption, column headers and rows of text.</summary>
public sealed record ReportTable(string Caption, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows);
