using System.Text.Json;

namespace ExpertGraph.Ingestion.Papers;

/// <summary>Looks at the first bytes of a file to tell whether it holds OpenAlex entities, and in which layout.</summary>
internal static class OpenAlexHead
{
    private static ReadOnlySpan<byte> IdPrefix => "https://openalex.org/"u8;

    /// <summary>
    /// True when the first JSON value is an OpenAlex entity (its "id" is an openalex.org URL) or a list page whose first
    /// result is one. CSL-JSON exports (a top-level array) and other JSON sources have no such id.
    /// </summary>
    public static bool LooksLikeOpenAlex(ReadOnlySpan<byte> head)
    {
        head = SkipBomAndWhitespace(head);
        if (head.IsEmpty || head[0] != (byte)'{') return false;
        var reader = new Utf8JsonReader(head, isFinalBlock: false, state: default);
        var resultsDepth = -1;
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType != JsonTokenType.PropertyName) continue;
                var depth = reader.CurrentDepth;
                if (depth == 1 && reader.ValueTextEquals("results"u8))
                {
                    resultsDepth = 1;
                    continue;
                }

                // The entity itself (depth 1) or the first element of "results" (depth 3).
                var isEntityId = depth == 1 || (resultsDepth == 1 && depth == 3);
                if (!isEntityId || !reader.ValueTextEquals("id"u8)) continue;
                if (!reader.Read()) return false;
                return reader.TokenType == JsonTokenType.String && reader.ValueSpan.StartsWith(IdPrefix);
            }
        }
        catch (JsonException)
        {
            return false;
        }

        return false;
    }

    /// <summary>
    /// Page when the first value has a top-level "results" array; Document when the first value spans lines (a
    /// pretty-printed entity); otherwise Lines. A first line that is not JSON also means Lines, so that it is rejected
    /// alone and the next lines still read.
    /// </summary>
    public static OpenAlexFileShape DetectShape(ReadOnlySpan<byte> head, bool isWholeFile)
    {
        var reader = new Utf8JsonReader(head, isWholeFile, state: default);
        var firstTokenStart = -1;
        try
        {
            while (reader.Read())
            {
                if (firstTokenStart < 0) firstTokenStart = (int)reader.TokenStartIndex;
                if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1 && reader.ValueTextEquals("results"u8))
                {
                    if (reader.Read() && reader.TokenType == JsonTokenType.StartArray) return OpenAlexFileShape.Page;
                    continue;
                }

                if (reader.CurrentDepth == 0 && reader.TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray)) break;
            }
        }
        catch (JsonException)
        {
            return OpenAlexFileShape.Lines;
        }

        if (firstTokenStart < 0) return OpenAlexFileShape.Lines;
        var firstValue = head[firstTokenStart..(int)reader.BytesConsumed];
        return firstValue.Contains((byte)'\n') ? OpenAlexFileShape.Document : OpenAlexFileShape.Lines;
    }

    private static ReadOnlySpan<byte> SkipBomAndWhitespace(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) head = head[3..];
        return head.TrimStart(" \t\r\n"u8);
    }
}
