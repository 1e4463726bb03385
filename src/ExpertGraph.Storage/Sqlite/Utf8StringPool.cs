using System.Buffers;
using System.Text;

namespace ExpertGraph.Storage.Sqlite;

/// <summary>
/// Strings read as UTF-8 bytes (a raw statement's column), each distinct value made once, shared and numbered in the
/// order first seen: for a column of few values over millions of rows (concept ids), which would otherwise be a new
/// string per row.
/// </summary>
internal sealed class Utf8StringPool
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly List<string> _strings = [];

    public Utf8StringPool() => _lookup = _ids.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The distinct strings seen, by id.</summary>
    public IReadOnlyList<string> Strings => _strings;

    /// <summary>The shared string of these bytes.</summary>
    public string Get(ReadOnlySpan<byte> utf8) => _strings[IdOf(utf8)];

    /// <summary>The id of these bytes' string: 0, 1, … in the order first seen.</summary>
    public int IdOf(ReadOnlySpan<byte> utf8)
    {
        var length = Encoding.UTF8.GetMaxCharCount(utf8.Length);
        char[]? rented = null;
        var buffer = length <= 256 ? stackalloc char[256] : (rented = ArrayPool<char>.Shared.Rent(length));
        try
        {
            var chars = buffer[..Encoding.UTF8.GetChars(utf8, buffer)];
            if (_lookup.TryGetValue(chars, out var id)) return id;
            var text = new string(chars);
            _ids.Add(text, id = _strings.Count);
            _strings.Add(text);
            return id;
        }
        finally
        {
            if (rented is not null) ArrayPool<char>.Shared.Return(rented);
        }
    }
}
