namespace ExpertGraph.Resolution.Features;

/// <summary>
/// One shared copy of each string (name keys, institutions, venues, hard ids) for profiles kept a long time: a block cache holds
/// hundreds of thousands of mentions whose tokens repeat. Not thread-safe; its owner clears it with the cache.
/// </summary>
public sealed class StringPool
{
    private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _bySpan;

    public StringPool() => _bySpan = _strings.GetAlternateLookup<ReadOnlySpan<char>>();

    public int Count => _strings.Count;

    public string? Intern(string? value)
    {
        if (value is null) return null;
        if (_strings.TryGetValue(value, out var shared)) return shared;
        _strings.Add(value, value);
        return value;
    }

    /// <summary>The shared copy of <paramref name="value"/>'s text, made only when the pool has none yet.</summary>
    public string Intern(ReadOnlySpan<char> value)
    {
        if (_bySpan.TryGetValue(value, out var shared)) return shared;
        var text = value.ToString();
        _strings.Add(text, text);
        return text;
    }

    public void Clear() => _strings.Clear();
}
