using ExpertGraph.Ingestion.Reading;
using ExpertGraph.Ingestion.Tests.Papers;
using ExpertGraph.Tests.Shared;

namespace ExpertGraph.Ingestion.Tests.Exports;

/// <summary>The real export files of shared/data, as paths relative to records/, and a reader run over one of them.</summary>
internal static class ExportFiles
{
    public const string ScopusCsv = "litstudy-exports/scopus.csv";
    public const string ScopusV2Csv = "litstudy-exports/scopus_v2.csv";
    public const string ScopusMetaknowledge = "metaknowledge-tests/metaknowledge/tests/scopus_testing.csv.scopus";
    public const string IeeeCsv = "litstudy-exports/ieee.csv";
    public const string SpringerCsv = "litstudy-exports/springer.csv";
    public const string RetractionWatchCsv = "litstudy-exports/retraction_watch.csv";
    public const string Ris = "litstudy-exports/example.ris";

    public static string Path(string relative) => SharedData.Path("records/" + relative);

    public static List<ReadResult> ReadAll(IRecordReader reader, string relative) => RecordFiles.ReadAll(reader, Path(relative));

    public static List<Core.Model.Work> Works(IRecordReader reader, string relative) =>
        [.. ReadAll(reader, relative).Where(r => r.Outcome == ReadOutcome.Record).Select(r => r.Work!)];
}
