using System.CommandLine;
using ExpertGraph.Cli.Output;
using ExpertGraph.Core.Model;
using ExpertGraph.Query.Profiles;
using ExpertGraph.Query.Reports;

namespace ExpertGraph.Cli.Commands;

/// <summary>
/// <c>expertgraph report &lt;person&gt; --format html|pdf --out FILE</c>: the one-person report (一人一册), the person's
/// profile as the nine dimensions of the portrait (docs/exports.md).
/// </summary>
internal static class ReportCommand
{
    public static Command Create(WorkspaceOptions workspaceOptions)
    {
        var person = new Argument<string>("person") { Description = "The person (P12)" };
        var format = new Option<ReportFormat>("--format") { Description = "html (self-contained page) or pdf (needs Debian's fonts-noto-cjk)", DefaultValueFactory = _ => ReportFormat.Html };
        var output = new Option<string?>("--out") { Description = "File to write (default: standard output)" };
        var works = new Option<int>("--works") { Description = "Works listed as most recent, and as most cited", DefaultValueFactory = _ => 10 };
        var coauthors = new Option<int>("--coauthors") { Description = "Co-authors listed", DefaultValueFactory = _ => 10 };
        var command = new Command("report", "A person's one-person report (一人一册) as HTML or PDF: the nine dimensions of the portrait")
        {
            person, format, output, works, coauthors,
        };
        command.SetAction(parse =>
        {
            var options = new ProfileOptions { Works = parse.GetValue(works), Coauthors = parse.GetValue(coauthors) };
            if (ProfileRequest.Parse(parse, person, options) is not { } id) return 2;

            using var workspace = workspaceOptions.Open(parse);
            PersonReport report;
            try
            {
                report = workspace.GetPersonReport(id, options);
            }
            catch (UnknownPersonException ex)
            {
                Console.Error.WriteLine("error: " + ex.Message);
                return 2;
            }

            // Rendered before the file is opened: a missing font leaves no empty file behind.
            using var buffer = new MemoryStream();
            if (parse.GetValue(format) == ReportFormat.Pdf) PdfReportWriter.Write(report, buffer);
            else HtmlReportWriter.Write(report, buffer);
            using (var stream = OutputFile.Open(parse.GetValue(output)))
            {
                buffer.Position = 0;
                buffer.CopyTo(stream);
            }

            if (parse.GetValue(output) is { } path) Console.Error.WriteLine($"wrote the report of {id} {report.Name} to {path}");
            return 0;
        });
        return command;
    }
}
