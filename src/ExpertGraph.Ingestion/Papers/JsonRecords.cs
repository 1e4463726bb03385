using System.Text;
using System.Text.Json;
using ExpertGraph.Ingestion.Reading;

namespace ExpertGraph.Ingestion.Papers;

/// <summary>
/// Turns JSON lines, or the values a <see cref="JsonValueScanner"/> streams, into read results: one value parsed and
/// mapped at a time. A bad JSON line is rejected and reading goes on with the next line; a break inside a JSON text is
/// rejected and ends that file. A value whose structure the mapper did not expect is rejected, never thrown.
/// </summary>
internal static class JsonRecords
{
    private const int HeadSize = 64 * 1024;

    /// <summary>
    /// Every record of a JSON file, whatever its layout: JSON lines; pages whose records are the elements of the array
    /// at <paramref name="pagePath"/>; or pretty-printed records one after another (<see cref="JsonHead.DetectShape"/>).
    /// </summary>
    public static IEnumerable<ReadResult> FromStream(Stream stream, string[] pagePath, string sourceName, Func<JsonElement, RecordPosition, ReadResult> map, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var window = new StreamWindow(stream);
        window.SkipByteOrderMark();
        window.Fill(HeadSize);
        return JsonHead.DetectShape(window.Available, window.IsEndOfStream, pagePath) switch
        {
            JsonFileShape.Lines => FromLines(window, sourceName, map, cancellationToken),
            JsonFileShape.Page => FromValues(new JsonValueScanner(window, pagePath), $"{string.Join('.', pagePath)} element", sourceName, map, cancellationToken),
            _ => FromValues(new JsonValueScanner(window, arrayPath: null), "JSON value", sourceName, map, cancellationToken),
        };
    }

    public static IEnumerable<ReadResult> FromLines(StreamWindow window, string sourceName, Func<JsonElement, RecordPosition, ReadResult> map, CancellationToken cancellationToken)
    {
        long recordNumber = 0;
        while (window.TryTakeLine(out var line, out var lineNumber, out var offset))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (line.AsSpan().Trim(" \t"u8).IsEmpty) continue;
            var position = new RecordPosition(++recordNumber, lineNumber, offset);
            var document = TryParse(line, out var error);
            if (document is null)
            {
                yield return ReadResult.Rejected(position, $"malformed JSON line: {error}", Encoding.UTF8.GetString(line));
                continue;
            }

            using (document) yield return MapSafely(document.RootElement, position, sourceName, map);
        }
    }

    /// <param name="valueName">What the scanner's values are, for the reason of a break ("results element", "JSON value").</param>
    public static IEnumerable<ReadResult> FromValues(JsonValueScanner scanner, string valueName, string sourceName, Func<JsonElement, RecordPosition, ReadResult> map, CancellationToken cancellationToken)
    {
        long recordNumber = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var scan = scanner.Next();
            if (scan.Kind == JsonValueScanKind.End) yield break;
            var position = new RecordPosition(++recordNumber, scan.Line, scan.Offset);
            if (scan.Kind == JsonValueScanKind.Broken)
            {
                yield return ReadResult.Rejected(position, $"malformed JSON in {valueName}: {scan.Error}; the rest of the file is not read", scan.RawText ?? string.Empty);
                yield break;
            }

            using var document = scan.Document!;
            yield return MapSafely(document.RootElement, position, sourceName, map);
        }
    }

    private static JsonDocument? TryParse(byte[] line, out string? error)
    {
        try
        {
            error = null;
            return JsonDocument.Parse(line);
        }
        catch (JsonException exception)
        {
            error = exception.Message;
            return null;
        }
    }

    private static ReadResult MapSafely(JsonElement value, RecordPosition position, string sourceName, Func<JsonElement, RecordPosition, ReadResult> map)
    {
        try
        {
            return map(value, position);
        }
        catch (InvalidOperationException exception)
        {
            // A field of an unexpected JSON type deep inside the record: the record goes to quarantine, not the run.
            return ReadResult.Rejected(position, $"unexpected {sourceName} structure: {exception.Message}", value.GetRawText());
        }
    }
}
