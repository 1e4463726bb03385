using System.CommandLine;
using ExpertGraph.Cli.Output;
using ExpertGraph.Query.Exports;
using ExpertGraph.Query.Shortlists;

namespace ExpertGraph.Cli.Commands;

/// <summary><c>expertgraph shortlist export NAME --format csv|xlsx [--out FILE] [--base-url URL]</c>.</summary>
internal static class ShortlistExportCommand
{
    public static Command Create(WorkspaceOptions workspaceOptions)
    {
        var name = ShortlistCommand.NameArgument();
        var format = new Option<TableFormat>("--format") { Description = "csv (UTF-8 with BOM, for Excel) or xlsx", DefaultValueFactory = _ => TableFormat.Csv };
        var output = new Option<string?>("--out") { Description = "File to write (default: standard output)" };
        var baseUrl = new Option<string?>("--base-url")
        {
            Description = $"Base URL of the profile links (base + /persons/P12); default ${ShortlistExportOptions.BaseUrlVariable}, else http://localhost:5000",
        };
        var command = new Command("export", "Export a shortlist with each person's facts as CSV or XLSX") { name, format, output, baseUrl };
        command.SetAction(parse =>
        {
            var options = parse.GetValue(baseUrl) is { Length: > 0 } url ? new ShortlistExportOptions { ProfileBaseUrl = url } : new ShortlistExportOptions();
            if (options.Validate() is { Count: > 0 } problems)
            {
                Console.Error.WriteLine("error: " + string.Join("; ", problems));
                return 2;
            }

            using var workspace = workspaceOptions.Open(parse);
            var table = workspace.GetShortlistTable(parse.GetValue(name)!, options);
            using var stream = OutputFile.Open(parse.GetValue(output));
            if (parse.GetValue(format) == TableFormat.Xlsx) XlsxTableWriter.Write(table, stream, parse.GetValue(name)!.Trim());
            else CsvTableWriter.Write(table, stream);
            if (parse.GetValue(output) is { } path) Console.Error.WriteLine($"wrote {table.Rows.Count} person(s) to {path}");
            return 0;
        });
        return command;
    }
}
