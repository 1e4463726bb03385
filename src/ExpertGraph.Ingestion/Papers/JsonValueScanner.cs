using System.Text;
using System.Text.Json;

namespace ExpertGraph.Ingestion.Papers;

/// <summary>
/// Streams JSON values out of a <see cref="StreamWindow"/> with one <see cref="Utf8JsonReader"/> whose state survives
/// refills, parsing one value at a time into its own <see cref="JsonDocument"/>. In page mode the values are the elements
/// of each top-level object's "results" array (an API list page, or several pages one after another); otherwise they
/// are the top-level values themselves. After a break nothing more is read: inside one JSON text there is no reliable
/// place to resume.
/// </summary>
internal sealed class JsonValueScanner
{
    private readonly StreamWindow window;
    private JsonReaderState state;
    private Phase phase;

    public JsonValueScanner(StreamWindow window, bool pageMode)
    {
        this.window = window;
        state = new JsonReaderState(new JsonReaderOptions { AllowMultipleValues = true });
        phase = pageMode ? Phase.SeekingResults : Phase.TopLevel;
    }

    private enum Phase
    {
        TopLevel,
        SeekingResults,
        ResultsNamed,
        InResults,
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
                if (phase is Phase.TopLevel or Phase.SeekingResults)
                {
                    phase = Phase.Done;
                    return true;
                }

                throw new JsonException("the JSON text ends inside the \"results\" array");
            }

            switch (phase)
            {
                case Phase.SeekingResults:
                    if (reader.TokenType == JsonTokenType.PropertyName && reader.CurrentDepth == 1 && reader.ValueTextEquals("results"u8))
                        phase = Phase.ResultsNamed;
                    break;
                case Phase.ResultsNamed:
                    // "results": null or any non-array leaves nothing to read in this page; tokens nested in it are deeper
                    // than the depth SeekingResults looks at.
                    phase = reader.TokenType == JsonTokenType.StartArray ? Phase.InResults : Phase.SeekingResults;
                    break;
                case Phase.InResults when reader.TokenType == JsonTokenType.EndArray && reader.CurrentDepth == 1:
                    phase = Phase.SeekingResults;
                    break;
                case Phase.InResults:
                case Phase.TopLevel:
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
    }

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
