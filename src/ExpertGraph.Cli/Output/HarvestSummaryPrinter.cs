using System.Globalization;
using ExpertGraph.Ingestion.Harvesting;

namespace ExpertGraph.Cli.Output;

/// <summary>The closing account of a harvest: what the folder holds, what this run added, at what cost.</summary>
internal static class HarvestSummaryPrinter
{
    public static void Print(TextWriter output, HarvestSummary summary)
    {
        var outcome = summary.Outcome switch
        {
            HarvestOutcome.Finished => "finished",
            HarvestOutcome.LimitReached => "stopped at --max-records (a larger limit goes on)",
            _ => "finished before; nothing to do",
        };
        var adopted = summary.AdoptedPages > 0 ? $", {summary.AdoptedPages} of them saved by the run that stopped" : "";
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
            harvest: {outcome}
            pages: {summary.TotalPages} ({summary.PagesSaved} this run{adopted})
            records: {summary.TotalRecords} ({summary.RecordsSaved} this run)
            requests: {summary.Requests} ({summary.Retries} retries)
            elapsed: {summary.Elapsed.TotalSeconds:F1} s
            folder: {summary.Folder}
            """));
    }
}
