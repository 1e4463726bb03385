using System.Buffers;
using System.Text;

namespace ExpertGraph.Ingestion.Csv;

/// <summary>
/// RFC 4180 state machine over raw bytes, fed one physical line at a time. It works on bytes because the CSV syntax
/// characters are ASCII and never occur inside a UTF-8 multi-byte sequence; each field is decoded strictly when it ends.
/// A quote inside an unquoted field is kept as text (common in real exports); a character after a closing quote is not.
/// </summary>
internal sealed class CsvFieldParser
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly List<string> _fields = [];
    private readonly ArrayBufferWriter<byte> _field = new();
    private State _state;

    private enum State
    {
        FieldStart,
        Unquoted,
        Quoted,
        QuoteInQuoted,
    }

    public IReadOnlyList<string> Fields => _fields;

    /// <summary>Why the quoting is broken, after <see cref="CsvParseStatus.BadQuoting"/>.</summary>
    public string? QuotingError { get; private set; }

    /// <summary>Set when a complete record holds bytes that are not UTF-8: the record's bounds are sound, its text is not.</summary>
    public string? TextError { get; private set; }

    public void Reset()
    {
        _fields.Clear();
        _field.Clear();
        _state = State.FieldStart;
        QuotingError = null;
        TextError = null;
    }

    public CsvParseStatus Feed(ReadOnlySpan<byte> line)
    {
        for (var i = 0; i < line.Length; i++)
        {
            var b = line[i];
            switch (_state)
            {
                case State.Quoted:
                    if (b == '"') _state = State.QuoteInQuoted;
                    else _field.Write([b]);
                    break;
                case State.QuoteInQuoted:
                    if (b == '"')
                    {
                        _field.Write([b]);
                        _state = State.Quoted;
                    }
                    else if (b == ',') EndField();
                    else if (IsLineEnd(line, i)) return EndRecord();
                    else
                    {
                        QuotingError = $"unexpected character after the closing quote of field {_fields.Count + 1}";
                        return CsvParseStatus.BadQuoting;
                    }

                    break;
                default:
                    if (b == '"' && _state == State.FieldStart) _state = State.Quoted;
                    else if (b == ',') EndField();
                    else if (IsLineEnd(line, i)) return EndRecord();
                    else
                    {
                        _field.Write([b]);
                        _state = State.Unquoted;
                    }

                    break;
            }
        }

        // Only the last line of a file can end without LF.
        return _state == State.Quoted ? CsvParseStatus.NeedMore : EndRecord();
    }

    private static bool IsLineEnd(ReadOnlySpan<byte> line, int i) =>
        line[i] == '\n' || (line[i] == '\r' && (i + 1 == line.Length || line[i + 1] == '\n'));

    private void EndField()
    {
        try
        {
            _fields.Add(StrictUtf8.GetString(_field.WrittenSpan));
        }
        catch (DecoderFallbackException)
        {
            TextError ??= $"invalid UTF-8 in field {_fields.Count + 1}";
            _fields.Add(string.Empty);
        }

        _field.Clear();
        _state = State.FieldStart;
    }

    private CsvParseStatus EndRecord()
    {
        EndField();
        return CsvParseStatus.Complete;
    }
}
