using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace ExpertGraph.Core.Lexicon;

/// <summary>
/// Reads what <see cref="CompiledLexiconWriter"/> wrote. Any count or reference out of range is an
/// <see cref="InvalidDataException"/>: the caller rebuilds from the TSV files instead.
/// </summary>
internal sealed class CompiledLexiconReader
{
    private readonly byte[] _body;
    private readonly string[] _strings;
    private int _position;

    public CompiledLexiconReader(byte[] body, int start)
    {
        _body = body;
        _position = start;
        var offsets = Array<int>();
        var blobLength = Int();
        var blobStart = Take(blobLength);
        _strings = new string[Math.Max(0, offsets.Length - 1)];
        for (var i = 0; i < _strings.Length; i++)
        {
            if (offsets[i] < 0 || offsets[i + 1] < offsets[i] || offsets[i + 1] > blobLength) throw Bad("string table");
            _strings[i] = Encoding.UTF8.GetString(_body, blobStart + offsets[i], offsets[i + 1] - offsets[i]);
        }
    }

    public bool AtEnd => _position == _body.Length;

    public int Int()
    {
        var start = Take(4);
        return BinaryPrimitives.ReadInt32LittleEndian(_body.AsSpan(start, 4));
    }

    public int Count(int maximum = int.MaxValue)
    {
        var count = Int();
        return count >= 0 && count <= maximum ? count : throw Bad("count");
    }

    public string String() => StringOrNull() ?? throw Bad("missing string");

    public string? StringOrNull()
    {
        var index = Int();
        if (index == -1) return null;
        return (uint)index < (uint)_strings.Length ? _strings[index] : throw Bad("string reference");
    }

    public string[] Strings()
    {
        var result = new string[Count(_body.Length)];
        for (var i = 0; i < result.Length; i++) result[i] = String();
        return result;
    }

    public T[] Array<T>()
        where T : unmanaged
    {
        var count = Count();
        var size = Unsafe.SizeOf<T>();
        if ((long)count * size > _body.Length - _position) throw Bad("array length");
        var start = Take(count * size);
        return MemoryMarshal.Cast<byte, T>(_body.AsSpan(start, count * size)).ToArray();
    }

    private static InvalidDataException Bad(string what) => new($"compiled lexicon: bad {what}");

    private int Take(int length)
    {
        if (length < 0 || length > _body.Length - _position) throw Bad("length");
        var start = _position;
        _position += length;
        return start;
    }
}
