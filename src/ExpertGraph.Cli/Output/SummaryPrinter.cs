using System.Globalization;
using ExpertGraph.Ingestion.Pipeline;
using ExpertGraph.Ingestion.ProfilePages;
using ExpertGraph.Query;

namespace ExpertGraph.Cli.Output;

/// <summary>The closing account of an ingest run: counts that add up, files that were not read and why.</summary>
internal static class SummaryPrinter
{
    public static void Print(TextWriter output, IngestionSummary summary, DataDirectory directory)
    {
        var r = summary.Records;
        var files = summary.Files;
        int Count(FileOutcome outcome) => files.Count(f => f.Outcome == outcome);
        foreach (var file in files.Where(f => f.Outcome is FileOutcome.UnknownFormat or FileOutcome.Failed))
            output.WriteLine($"error: {file.Error}");
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"""
            files: {files.Count} ({Count(FileOutcome.Completed)} read, {Count(FileOutcome.AlreadyIngested)} already ingested, {Count(FileOutcome.NotRecords)} ignored as not records, {Count(FileOutcome.UnknownFormat)} unknown format, {Count(FileOutcome.Failed)} failed)
            records: read {r.Read} = inserted {r.Inserted} + updated {r.Updated} + unchanged {r.Unchanged} + quarantined {r.Quarantined} + skipped {r.Skipped}
            time: {summary.Elapsed.TotalSeconds:F1} s ({summary.RecordsPerSecond:N0} records/s; collaborations rebuilt in {summary.DerivedRebuild.TotalSeconds:F1} s beside expert documents in {summary.ExpertDocuments.TotalSeconds:F1} s; then semantic index {summary.SemanticIndex.TotalSeconds:F1} s, person facts {summary.PersonFacts.TotalSeconds:F1} s)
            resolution: {summary.MentionsResolved} author mentions in {summary.Resolution.TotalSeconds:F1} s ({summary.MentionsPerSecond:N0} mentions/s)
            data: {directory.Root}
            """));
        if (r.Quarantined > 0) output.WriteLine("see quarantined records with: expertgraph quarantine");
        PrintProfilePages(output, summary.ProfilePages);
    }

    private static void PrintProfilePages(TextWriter output, ProfilePageSummary pages)
    {
        if (pages.Read == 0) return;
        foreach (var page in pages.Pages)
        {
            if (page.Outcome is null) output.WriteLine($"rejected page: {page.Error}");
            else if (page.Match?.Person is { } person)
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"page {page.Path}: {page.Name} → person {person} ({page.Match.Score:F2}: {string.Join("; ", page.Match.Reasons)})"));
            else output.WriteLine($"page {page.Path}: {page.Name} → no person ({string.Join("; ", page.Match?.Reasons ?? [])})");
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"profile pages: read {pages.Read} = inserted {pages.Inserted} + updated {pages.Updated} + unchanged {pages.Unchanged} + rejected {pages.Rejected}; {pages.Matched} matched to a person"));
    }
}
