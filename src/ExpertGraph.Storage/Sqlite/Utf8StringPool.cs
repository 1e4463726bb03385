using System.Buffers;
using System.Text;

namespace ExpertGraph.Storage.Sqlite;

/// <summary>
/// Strings read as UTF-8 bytes (a raw statement's column), each distinct value made once and shared: for a column of few
/// values over millions of rows (concept ids), which would otherwise be a new string per row.
/// </summary>
internal sealed class Utf8StringPool
{
    private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public Utf8StringPool() => _lookup = _strings.GetAlternateLookup<ReadOnlySpan<char>>();

    public string Get(ReadOnlySpan<byte> utf8)
    {
        var length = Encoding.UTF8.GetMaxCharCount(utf8.Length);
        char[]? rented = null;
        var buffer = length <= 256 ? stackalloc char[256] : (rented = ArrayPool<char>.Shared.Rent(length));
        try
        {
            var chars = buffer[..Encoding.UTF8.GetChars(utf8, buffer)];
            if (_lookup.TryGetValue(chars, out var shared)) return shared;
            shared = new string(chars);
            _strings.Add(shared, shared);
            return shared;
        }
        finally
        {
            if (rented is not null) ArrayPool<char>.Shared.Return(rented);
        }
    }
}
