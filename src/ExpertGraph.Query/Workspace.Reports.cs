using ExpertGraph.Core.Model;
using ExpertGraph.Query.Profiles;
using ExpertGraph.Query.Reports;

namespace ExpertGraph.Query;

public sealed partial class Workspace
{
    /// <summary>A person's one-person report (一人一册): their profile as the nine dimensions of the portrait (docs/exports.md).</summary>
    public PersonReport GetPersonReport(PersonId person, ProfileOptions? options = null)
    {
        options ??= new ProfileOptions();
        return PersonReportBuilder.Build(GetExpertProfile(person, options), options.Time.GetUtcNow());
    }

    /// <summary>
    /// Writes a person's report as HTML or PDF to <paramref name="output"/>. <see cref="UnknownPersonException"/> for an
    /// unknown id; <see cref="MissingFontException"/> (naming the Debian package) for a PDF without a CJK font installed.
    /// </summary>
    public void WritePersonReport(PersonId person, ReportFormat format, Stream output, ProfileOptions? options = null)
    {
        var report = GetPersonReport(person, options);
        if (format == ReportFormat.Pdf) PdfReportWriter.Write(report, output);
        else HtmlReportWriter.Write(report, output);
    }
}
