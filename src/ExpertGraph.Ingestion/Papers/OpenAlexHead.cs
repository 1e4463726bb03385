using System.Text.Json;

namespace ExpertGraph.Ingestion.Papers;

/// <summary>Looks at the first bytes of a file to tell whether it holds OpenAlex entities.</summary>
internal static class OpenAlexHead
{
    private static ReadOnlySpan<byte> IdPrefix => "https://openalex.org/"u8;

    /// <summary>
    /// True when the first JSON value is an OpenAlex entity (its "id" is an openalex.org URL) or a list page whose first
    /// result is one. CSL-JSON exports (a top-level array) and other JSON sources have no such id.
    /// </summary>
    public static bool LooksLikeOpenAlex(ReadOnlySpan<byte> head)
    {
        head = JsonHead.SkipBomAndWhitespace(head);
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
}
