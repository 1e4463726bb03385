using System.Text.Json;

namespace ExpertGraph.Ingestion.Papers;

/// <summary>Looks at the first bytes of a JSON file: where its first value starts, and how the file lays out its records.</summary>
internal static class JsonHead
{
    /// <summary>The head without a UTF-8 byte order mark and leading whitespace.</summary>
    public static ReadOnlySpan<byte> SkipBomAndWhitespace(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) head = head[3..];
        return head.TrimStart(" \t\r\n"u8);
    }

    /// <summary>
    /// Page when the first value holds an array at <paramref name="pagePath"/> ("results"; "message"."items"); Document
    /// when the first value spans lines (a pretty-printed record); otherwise Lines. A first line that is not JSON also
    /// means Lines, so that it is rejected alone and the next lines still read.
    /// </summary>
    public static JsonFileShape DetectShape(ReadOnlySpan<byte> head, bool isWholeFile, string[] pagePath)
    {
        var reader = new Utf8JsonReader(head, isWholeFile, state: default);
        var firstTokenStart = -1;
        // How many names of the page path the reader is inside of; named: the last token was the next name.
        var matched = 0;
        var named = false;
        try
        {
            while (reader.Read())
            {
                if (firstTokenStart < 0) firstTokenStart = (int)reader.TokenStartIndex;
                if (named)
                {
                    named = false;
                    var isLast = matched + 1 == pagePath.Length;
                    if (isLast && reader.TokenType == JsonTokenType.StartArray) return JsonFileShape.Page;
                    if (!isLast && reader.TokenType == JsonTokenType.StartObject) matched++;
                    continue;
                }

                if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == matched + 1 && reader.ValueTextEquals(pagePath[matched]))
                {
                    named = true;
                    continue;
                }

                if (reader.TokenType == JsonTokenType.EndObject && matched > 0 && reader.CurrentDepth == matched) matched--;
                if (reader.CurrentDepth == 0 && reader.TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray)) break;
            }
        }
        catch (JsonException)
        {
            return JsonFileShape.Lines;
        }

        if (firstTokenStart < 0) return JsonFileShape.Lines;
        var firstValue = head[firstTokenStart..(int)reader.BytesConsumed];
        return firstValue.Contains((byte)'\n') ? JsonFileShape.Document : JsonFileShape.Lines;
    }
}
