using System.Text.Json;
using ExpertGraph.Ingestion.Reading;

namespace ExpertGraph.Ingestion.Papers;

/// <summary>
/// Reads OpenAlex works from JSON lines, API list pages ({"meta", "results"}) and single-entity responses. Other
/// OpenAlex entities (authors, institutions, concepts, …) are skipped. A bad JSON line is rejected and reading goes on
/// with the next line; a page broken inside its "results" ends that file after the broken element is rejected.
/// </summary>
public sealed class OpenAlexWorkReader : IRecordReader
{
    private const int HeadSize = 64 * 1024;

    public string FormatName => "openalex-json";

    public bool CanRead(ReadOnlySpan<byte> head, string fileName) => OpenAlexHead.LooksLikeOpenAlex(head);

    public IEnumerable<ReadResult> Read(Stream stream, string path, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var window = new StreamWindow(stream);
        window.SkipByteOrderMark();
        window.Fill(HeadSize);
        var shape = OpenAlexHead.DetectShape(window.Available, window.IsEndOfStream);
        return shape == OpenAlexFileShape.Lines
            ? JsonLineRecords.Read(window, MapSafely, cancellationToken)
            : ReadValues(window, shape == OpenAlexFileShape.Page, cancellationToken);
    }

    private static IEnumerable<ReadResult> ReadValues(StreamWindow window, bool pageMode, CancellationToken cancellationToken)
    {
        var scanner = new JsonValueScanner(window, pageMode);
        long recordNumber = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var scan = scanner.Next();
            if (scan.Kind == JsonValueScanKind.End) yield break;
            var position = new RecordPosition(++recordNumber, scan.Line, scan.Offset);
            if (scan.Kind == JsonValueScanKind.Broken)
            {
                var what = pageMode ? "results element" : "JSON value";
                yield return ReadResult.Rejected(position, $"malformed JSON in {what}: {scan.Error}; the rest of the file is not read", scan.RawText ?? string.Empty);
                yield break;
            }

            using var document = scan.Document!;
            yield return MapSafely(document.RootElement, position);
        }
    }

    private static ReadResult MapSafely(JsonElement entity, RecordPosition position)
    {
        try
        {
            return OpenAlexWorkMapper.Map(entity, position);
        }
        catch (InvalidOperationException exception)
        {
            // A field of an unexpected JSON type deep inside the record: the record goes to quarantine, not the run.
            return ReadResult.Rejected(position, $"unexpected OpenAlex structure: {exception.Message}", entity.GetRawText());
        }
    }
}
