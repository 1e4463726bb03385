namespace ExpertGraph.Query.Reports;

/// <summary>
/// The one-person report (一人一册) of an <see cref="Profiles.ExpertProfile"/>, organised as the nine-dimension portrait
/// (docs/exports.md): what both the HTML and the PDF writer render, so the two always say the same.
/// </summary>
public sealed record PersonReport(string PersonId, string Name, string Subtitle, DateTimeOffset GeneratedAt, IReadOnlyList<ReportSection> Sections)
{
    /// <summary>The line under the sections: where the figures come from.</summary>
    public const string Provenance = "ExpertGraph 一人一册 one-person report: figures are within the corpus ingested (sources, not the whole literature).";
}
