using System.Text;
using System.Text.Json;
using ExpertGraph.Ingestion.Reading;

namespace ExpertGraph.Ingestion.Papers;

/// <summary>
/// JSON lines, one record per line: blank lines are passed over, a line that is not JSON is rejected with its raw text
/// and reading goes on with the next one, every other line is parsed and handed to the format's mapper with its
/// position (record number, line, byte offset).
/// </summary>
internal static class JsonLineRecords
{
    public static IEnumerable<ReadResult> Read(StreamWindow window, Func<JsonElement, RecordPosition, ReadResult> map, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(window);
        ArgumentNullException.ThrowIfNull(map);
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

            using (document) yield return map(document.RootElement, position);
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
}
