namespace ExpertGraph.Query.Reports;

/// <summary>The formats of the one-person report.</summary>
public enum ReportFormat
{
    /// <summary>One self-contained HTML page.</summary>
    Html,

    /// <summary>A4 PDF in a Noto CJK font (Debian's fonts-noto-cjk).</summary>
    Pdf,
}
