using System.Text;
using ExpertGraph.Ingestion.Papers;

namespace ExpertGraph.Ingestion.Bibtex;

/// <summary>
/// The characters of a UTF-8 BibTeX file, one line at a time from a <see cref="StreamWindow"/> (so a file of any size
/// streams), with the line and byte offset of the next character. Every line ends in '\n', "\r\n" read as '\n'.
/// </summary>
internal sealed class BibtexSource
{
    public const int End = -1;

    private readonly StreamWindow _window;
    private string _line = string.Empty;
    private int _index;
    private long _lineNumber;
    private long _lineOffset;

    public BibtexSource(Stream stream)
    {
        _window = new StreamWindow(stream);
        _window.SkipByteOrderMark();
    }

    /// <summary>1-based line of the next character.</summary>
    public long Line => EnsureLine() ? _lineNumber : _window.Line;

    /// <summary>Whether the next character is the first of its line.</summary>
    public bool AtLineStart => EnsureLine() && _index == 0;

    /// <summary>0-based byte offset in the file of the next character.</summary>
    public long ByteOffset => EnsureLine() ? _lineOffset + Encoding.UTF8.GetByteCount(_line.AsSpan(0, _index)) : _window.Offset;

    public int Peek() => EnsureLine() ? _line[_index] : End;

    public int Read()
    {
        if (!EnsureLine()) return End;
        return _line[_index++];
    }

    private bool EnsureLine()
    {
        if (_index < _line.Length) return true;
        if (!_window.TryTakeLine(out var bytes, out var number, out var offset)) return false;
        _line = Encoding.UTF8.GetString(bytes) + "\n";
        _index = 0;
        _lineNumber = number;
        _lineOffset = offset;
        return true;
    }
}
