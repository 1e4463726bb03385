using System.Buffers;

namespace ExpertGraph.Ingestion.Csv;

/// <summary>
/// Splits a stream into physical lines of raw bytes (ending at LF, which covers CRLF). Lines stay undecoded so that one
/// invalid UTF-8 sequence spoils only the record that holds it, not the decoder state for the rest of the file.
/// </summary>
internal sealed class ByteLineReader(Stream stream)
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
        while (true)
        {
            var available = _buffer.AsSpan(_start, _end - _start);
            var newline = available.IndexOf((byte)'\n');
            if (newline >= 0)
            {
                _pending.Write(available[..(newline + 1)]);
                _start += newline + 1;
                line = Emit();
                return true;
            }

            _pending.Write(available);
            _start = _end = 0;
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
