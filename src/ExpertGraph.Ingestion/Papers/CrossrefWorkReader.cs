using ExpertGraph.Ingestion.Reading;

namespace ExpertGraph.Ingestion.Papers;

/// <summary>
/// Reads Crossref REST API records: JSON lines of work objects (dumps, harvests), list responses
/// ({"message-type": "work-list", "message": {"items": […]}}, one page or several) and single-work responses
/// ({"message-type": "work", "message": {…}}). Funders, members and journals, bare or in their own responses, are
/// skipped with their kind. A bad JSON line is rejected and the next lines still read; a response broken inside its
/// items ends that file after the broken element is rejected.
/// </summary>
public sealed class CrossrefWorkReader : IRecordReader
{
    private const string SourceName = "Crossref";
    private static readonly string[] PagePath = ["message", "items"];

    public string FormatName => "crossref-json";

    public bool CanRead(ReadOnlySpan<byte> head, string fileName) => CrossrefHead.LooksLikeCrossref(head);

    public IEnumerable<ReadResult> Read(Stream stream, string path, CancellationToken cancellationToken = default) =>
        JsonRecords.FromStream(stream, PagePath, SourceName, CrossrefWorkMapper.Map, cancellationToken);
}
