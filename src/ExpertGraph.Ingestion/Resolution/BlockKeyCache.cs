using ExpertGraph.Core.Names;

namespace ExpertGraph.Ingestion.Resolution;

/// <summary>
/// <see cref="MentionBlockKey"/> of raw names as written, remembered for a run: the same names come again and again (every
/// work of an author), and parsing one for its key was a tenth of the store stage at 100K works. The exact-key resolver's
/// (the model resolver takes the key from its profiler, which reads each distinct name once). Holds at most
/// <paramref name="capacity"/> names (about 40 MB at the default); past that it starts over.
/// </summary>
internal sealed class BlockKeyCache(PersonNameKeys names, int capacity = BlockKeyCache.DefaultCapacity)
{
    public const int DefaultCapacity = 1 << 18;

    private readonly Dictionary<string, string> _keys = new(StringComparer.Ordinal);

    /// <summary>The block key of <paramref name="rawName"/>, or "" when it is no personal name.</summary>
    public string Of(string rawName)
    {
        if (_keys.TryGetValue(rawName, out var key)) return key;
        if (_keys.Count >= capacity) _keys.Clear();
        key = MentionBlockKey.Of(names, rawName) ?? string.Empty;
        _keys.Add(rawName, key);
        return key;
    }
}
