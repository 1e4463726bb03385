using ExpertGraph.Ingestion.Reading;

namespace ExpertGraph.Ingestion.Papers;

/// <summary>
/// Reads OpenAlex works from JSON lines, API list pages ({"meta", "results"}) and single-entity responses. Other
/// OpenAlex entities (authors, institutions, concepts, …) are skipped. A bad JSON line is rejected and reading goes on
/// with the next line; a page broken inside its "results" ends that file after the broken element is rejected.
/// </summary>
public sealed class OpenAlexWorkReader : IRecordReader
{
    private const string SourceName = "OpenAlex";
    private static readonly string[] PagePath = ["results"];

    public string FormatName => "openalex-json";

    public bool CanRead(ReadOnlySpan<byte> head, string fileName) => OpenAlexHead.LooksLikeOpenAlex(head);

    public IEnumerable<ReadResult> Read(Stream stream, string path, CancellationToken cancellationToken = default) =>
        JsonRecords.FromStream(stream, PagePath, SourceName, OpenAlexWorkMapper.Map, cancellationToken);
}
