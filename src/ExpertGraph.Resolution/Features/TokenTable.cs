namespace ExpertGraph.Resolution.Features;

/// <summary>
/// Numbers the tokens and keys that profiles compare as sets (co-author keys, title, affiliation and venue words,
/// classification codes), 0, 1, … in the order first seen, so that a profile keeps them as an <c>int[]</c>: a block
/// cache of a million mentions then holds arrays the garbage collector has nothing to trace in, one copy of each text,
/// and the rarity counts are keyed by number. Profiles compared with each other must come from one table
/// (<see cref="MentionProfile.Tokens"/>). Thread-safe: an ingest profiles on its read stage and decodes stored profiles
/// on its write stage into one table. It only grows; its owner (one ingest run, one re-resolution) lets go of it whole.
/// </summary>
public sealed class TokenTable
{
    private const int ChunkBits = 14;
    private const int ChunkSize = 1 << ChunkBits;

    private readonly Lock _gate = new();
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _bySpan;
    // Texts by id in chunks that never move: a reader holding an id reads its text without the lock.
    private string[][] _chunks = [];
    private int _count;

    public TokenTable() => _bySpan = _ids.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>How many distinct texts the table holds.</summary>
    public int Count => Volatile.Read(ref _count);

    public int IdOf(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        lock (_gate)
        {
            return _ids.TryGetValue(text, out var id) ? id : Add(text);
        }
    }

    /// <summary>The id of these characters' text; a text seen before costs no string.</summary>
    public int IdOf(ReadOnlySpan<char> text)
    {
        lock (_gate)
        {
            return _bySpan.TryGetValue(text, out var id) ? id : Add(text.ToString());
        }
    }

    /// <summary>
    /// The ids of texts laid end to end in <paramref name="chars"/>, text i ending at <paramref name="ends"/>[i] (and
    /// beginning where text i - 1 ends), in their order, under one lock: a stored profile's set decoded costs one lock, not
    /// one per text (the read stage takes the same lock as it profiles). A text seen before costs no string.
    /// </summary>
    public int[] IdsOf(ReadOnlySpan<char> chars, ReadOnlySpan<int> ends)
    {
        if (ends.IsEmpty) return [];
        var ids = new int[ends.Length];
        lock (_gate)
        {
            var start = 0;
            for (var i = 0; i < ids.Length; i++)
            {
                var text = chars[start..ends[i]];
                ids[i] = _bySpan.TryGetValue(text, out var id) ? id : Add(text.ToString());
                start = ends[i];
            }
        }

        return ids;
    }

    /// <summary>The ids of <paramref name="texts"/>, in their order.</summary>
    public int[] IdsOf(IReadOnlyList<string> texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        if (texts.Count == 0) return [];
        var ids = new int[texts.Count];
        lock (_gate)
        {
            for (var i = 0; i < ids.Length; i++) ids[i] = _ids.TryGetValue(texts[i], out var id) ? id : Add(texts[i]);
        }

        return ids;
    }

    public string TextOf(int id)
    {
        if ((uint)id >= (uint)Count) throw new ArgumentOutOfRangeException(nameof(id), id, $"not an id of this table ({Count} texts)");
        return Volatile.Read(ref _chunks)[id >> ChunkBits][id & (ChunkSize - 1)];
    }

    /// <summary>The texts of <paramref name="ids"/>, in their order.</summary>
    public string[] TextsOf(ReadOnlySpan<int> ids)
    {
        var texts = new string[ids.Length];
        for (var i = 0; i < texts.Length; i++) texts[i] = TextOf(ids[i]);
        return texts;
    }

    /// <summary>Adds a text not in the table (the caller holds the lock): its text is stored before its id is published.</summary>
    private int Add(string text)
    {
        var id = _count;
        var chunk = id >> ChunkBits;
        if (chunk == _chunks.Length)
        {
            var grown = new string[chunk + 1][];
            Array.Copy(_chunks, grown, chunk);
            grown[chunk] = new string[ChunkSize];
            Volatile.Write(ref _chunks, grown);
        }

        _chunks[chunk][id & (ChunkSize - 1)] = text;
        _ids.Add(text, id);
        Volatile.Write(ref _count, id + 1);
        return id;
    }
}
