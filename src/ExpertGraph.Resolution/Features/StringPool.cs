namespace ExpertGraph.Resolution.Features;

/// <summary>
/// One shared copy of each string (tokens, name keys, institutions) for profiles kept a long time: a block cache holds
/// hundreds of thousands of mentions whose tokens repeat. Not thread-safe; its owner clears it with the cache.
/// </summary>
public sealed class StringPool
{
    private readonly Dictionary<string, string> _strings = new(StringComparer.Ordinal);

    public int Count => _strings.Count;

    public string? Intern(string? value)
    {
        if (value is null) return null;
        if (_strings.TryGetValue(value, out var shared)) return shared;
        _strings.Add(value, value);
        return value;
    }

    public string[] Intern(string[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        for (var i = 0; i < values.Length; i++) values[i] = Intern(values[i])!;
        return values;
    }

    public void Clear() => _strings.Clear();
}
