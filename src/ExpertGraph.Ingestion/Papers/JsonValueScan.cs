using System.Text.Json;

namespace ExpertGraph.Ingestion.Papers;

/// <summary>One step of <see cref="JsonValueScanner"/>: a parsed value, the end of the input, or a break in the JSON.</summary>
internal readonly record struct JsonValueScan(JsonValueScanKind Kind, JsonDocument? Document, long Offset, long Line, string? Error, string? RawText)
{
    public static JsonValueScan End { get; } = new(JsonValueScanKind.End, null, 0, 0, null, null);
}
