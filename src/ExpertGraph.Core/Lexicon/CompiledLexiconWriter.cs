using System.Runtime.InteropServices;
using System.Text;

namespace ExpertGraph.Core.Lexicon;

/// <summary>
/// Writes the body of a compiled lexicon file: little-endian ints and raw arrays, every string once in a table at
/// the front (ids, sources and kinds repeat thousands of times) and referred to by number.
/// </summary>
internal sealed class CompiledLexiconWriter
{
    private readonly Dictionary<string, int> _strings = new(StringComparer.Ordinal);
    private readonly List<string> _stringList = [];
    private readonly MemoryStream _values = new();

    public int String(string? text)
    {
        if (text is null) return -1;
        if (_strings.TryGetValue(text, out var index)) return index;
        _strings[text] = _stringList.Count;
        _stringList.Add(text);
        return _stringList.Count - 1;
    }

    public void Int(int value)
    {
        Span<byte> bytes = stackalloc byte[4];
        System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(bytes, value);
        _values.Write(bytes);
    }

    public void Ints(IReadOnlyCollection<int> values)
    {
        Int(values.Count);
        foreach (var value in values) Int(value);
    }

    public void Array<T>(T[] values)
        where T : unmanaged
    {
        Int(values.Length);
        _values.Write(MemoryMarshal.AsBytes(values.AsSpan()));
    }

    /// <summary>The body: string table, then the values in the order they were written.</summary>
    public byte[] ToBody()
    {
        var body = new MemoryStream();
        var offsets = new int[_stringList.Count + 1];
        var blob = new MemoryStream();
        for (var i = 0; i < _stringList.Count; i++)
        {
            blob.Write(Encoding.UTF8.GetBytes(_stringList[i]));
            offsets[i + 1] = checked((int)blob.Length);
        }

        var header = new CompiledLexiconWriter();
        header.Array(offsets);
        header.Int(checked((int)blob.Length));
        header._values.WriteTo(body);
        blob.WriteTo(body);
        _values.WriteTo(body);
        return body.ToArray();
    }
}
