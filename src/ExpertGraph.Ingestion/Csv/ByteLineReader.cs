using System.Buffers;

namespace ExpertGraph.Ingestion.Csv;

/// <summary>
/// Splits a stream into physical lines of raw bytes (ending at LF, which covers CRLF; with
/// <paramref name="bareCarriageReturnEndsLine"/> also at a CR not followed by LF, as in old Mac text and in RIS
/// exports that mix all three). Lines stay undecoded so that one invalid UTF-8 sequence spoils only the record that
/// holds it, not the decoder state for the rest of the file.
/// </summary>
internal sealed class ByteLineReader(Stream stream, bool bareCarriageReturnEndsLine = false)
{
    private readonly byte[] _buffer = new byte[64 * 1024];
    private readonly ArrayBufferWriter<byte> _pending = new();
    private int _start;
    private int _end;
    private long _nextLineNumber = 1;
    private long _nextOffset;
    private bool _endOfStream;

    public bool TryReadLine(out RawLine line)
    {
        _pending.Clear();
        var afterCarriageReturn = false;
        while (true)
        {
            var available = _buffer.AsSpan(_start, _end - _start);
            if (afterCarriageReturn && available.Length > 0)
            {
                // A CR ended the previous buffer: the line ends there, taking an LF that follows.
                var take = available[0] == '\n' ? 1 : 0;
                _pending.Write(available[..take]);
                _start += take;
                line = Emit();
                return true;
            }

            var end = bareCarriageReturnEndsLine ? available.IndexOfAny((byte)'\n', (byte)'\r') : available.IndexOf((byte)'\n');
            if (end >= 0 && available[end] == '\r' && end + 1 == available.Length && !_endOfStream)
            {
                _pending.Write(available);
                _start = _end = 0;
                afterCarriageReturn = true;
            }
            else if (end >= 0)
            {
                if (available[end] == '\r' && end + 1 < available.Length && available[end + 1] == '\n') end++;
                _pending.Write(available[..(end + 1)]);
                _start += end + 1;
                line = Emit();
                return true;
            }
            else
            {
                _pending.Write(available);
                _start = _end = 0;
            }

            if (!_endOfStream)
            {
                _end = stream.Read(_buffer, 0, _buffer.Length);
                if (_end > 0) continue;
                _endOfStream = true;
            }

            if (_pending.WrittenCount == 0)
            {
                line = default;
                return false;
            }

            line = Emit();
            return true;
        }
    }

    private RawLine Emit()
    {
        var bytes = _pending.WrittenSpan.ToArray();
        var line = new RawLine(bytes, _nextLineNumber++, _nextOffset);
        _nextOffset += bytes.Length;
        return line;
    }
}
