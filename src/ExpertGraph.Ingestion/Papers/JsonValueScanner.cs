using System.Text;
using System.Text.Json;

namespace ExpertGraph.Ingestion.Papers;

/// <summary>
/// Streams JSON values out of a <see cref="StreamWindow"/> with one <see cref="Utf8JsonReader"/> whose state survives
/// refills, parsing one value at a time into its own <see cref="JsonDocument"/>. Without an array path the values are
/// the top-level values themselves; with one they are the elements of the array at that property path in each top-level
/// object (an API list page, or several pages one after another: "results" for OpenAlex, "message"."items" for
/// Crossref); with an empty path they are the elements of each top-level array (any other top-level value is read as
/// itself). After a break nothing more is read: inside one JSON text there is no reliable place to resume.
/// </summary>
internal sealed class JsonValueScanner
{
    private readonly StreamWindow window;
    private readonly string[]? arrayPath;
    private JsonReaderState state;
    private Phase phase;
    // How many names of the array path the reader is inside of while seeking.
    private int matched;

    public JsonValueScanner(StreamWindow window, string[]? arrayPath)
    {
        this.window = window;
        this.arrayPath = arrayPath;
        state = new JsonReaderState(new JsonReaderOptions { AllowMultipleValues = true });
        phase = arrayPath is null ? Phase.TopLevel : Phase.Seeking;
    }

    private enum Phase
    {
        TopLevel,
        Seeking,
        Named,
        InArray,
        Done,
    }

    public JsonValueScan Next()
    {
        while (phase != Phase.Done)
        {
            var reader = new Utf8JsonReader(window.Available, window.IsEndOfStream, state);
            var valueStart = -1;
            try
            {
                if (TryStep(ref reader, ref valueStart, out var scan)) return scan;
            }
            catch (JsonException exception)
            {
                phase = Phase.Done;
                return Broken(valueStart >= 0 ? valueStart : (int)reader.BytesConsumed, exception.Message);
            }

            window.ReadMore();
        }

        return JsonValueScan.End;
    }

    /// <summary>True with a result; false when the window needs more bytes (what was consumed is already committed).</summary>
    private bool TryStep(ref Utf8JsonReader reader, ref int valueStart, out JsonValueScan scan)
    {
        scan = JsonValueScan.End;
        while (true)
        {
            var checkpoint = reader;
            if (!reader.Read())
            {
                Commit(ref reader);
                if (!window.IsEndOfStream) return false;
                if (phase is Phase.TopLevel or Phase.Seeking)
                {
                    phase = Phase.Done;
                    return true;
                }

                throw new JsonException($"the JSON text ends inside the {ArrayName()}");
            }

            var isValue = phase switch
            {
                Phase.TopLevel => true,
                Phase.Seeking => Seek(ref reader),
                Phase.Named => Descend(ref reader),
                _ => InArray(ref reader),
            };
            if (!isValue) continue;

            valueStart = (int)reader.TokenStartIndex;
            if (!JsonDocument.TryParseValue(ref reader, out var document))
            {
                // The value is not all here yet: rewind to before its first token, then refill.
                Commit(ref checkpoint);
                return false;
            }

            scan = new JsonValueScan(JsonValueScanKind.Value, document, window.Offset + valueStart, LineAt(valueStart), null, null);
            Commit(ref reader);
            return true;
        }
    }

    /// <summary>Follows the array path; true when the token starts a top-level value read as itself (empty path only).</summary>
    private bool Seek(ref Utf8JsonReader reader)
    {
        var path = arrayPath!;
        if (path.Length == 0)
        {
            if (reader.CurrentDepth != 0) return false;
            if (reader.TokenType != JsonTokenType.StartArray) return true;
            phase = Phase.InArray;
            return false;
        }

        if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == matched + 1 && reader.ValueTextEquals(path[matched]))
            phase = Phase.Named;
        else if (reader.TokenType == JsonTokenType.EndObject && matched > 0 && reader.CurrentDepth == matched)
            matched--;
        return false;
    }

    /// <summary>
    /// The value of a property named on the path: the array itself at the path's end, an object to look inside before
    /// it. Anything else (a null "results") leaves nothing to read there; tokens nested in it are deeper than seeking looks.
    /// </summary>
    private bool Descend(ref Utf8JsonReader reader)
    {
        var isLast = matched + 1 == arrayPath!.Length;
        if (isLast && reader.TokenType == JsonTokenType.StartArray)
        {
            phase = Phase.InArray;
            return false;
        }

        if (!isLast && reader.TokenType == JsonTokenType.StartObject) matched++;
        phase = Phase.Seeking;
        return false;
    }

    /// <summary>True on the first token of an element; the array's end goes back to seeking.</summary>
    private bool InArray(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.EndArray || reader.CurrentDepth != arrayPath!.Length) return true;
        phase = Phase.Seeking;
        return false;
    }

    private string ArrayName() => arrayPath is { Length: > 0 } path ? $"\"{string.Join('.', path)}\" array" : "top-level array";

    private void Commit(ref Utf8JsonReader reader)
    {
        state = reader.CurrentState;
        window.Advance((int)reader.BytesConsumed);
    }

    private long LineAt(int index) => window.Line + window.Available[..index].Count((byte)'\n');

    private JsonValueScan Broken(int index, string error)
    {
        var rest = window.Available[index..];
        return new JsonValueScan(JsonValueScanKind.Broken, null, window.Offset + index, LineAt(index), error, Encoding.UTF8.GetString(rest));
    }
}
