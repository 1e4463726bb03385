namespace ExpertGraph.Search;

/// <summary>
/// The row of each id in an array of ids (store ids: positive, mostly dense). Dense ids are looked up in an array indexed
/// by id — one memory read, where a hash or a binary search over 300K persons costs several cache misses, and search
/// looks up thousands of candidates per query; sparse ids in a dictionary.
/// </summary>
internal sealed class IdRows
{
    private readonly int[]? _dense;
    private readonly Dictionary<long, int>? _sparse;

    public IdRows(long[] ids, string what)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var max = ids.Length == 0 ? 0 : ids.Max();
        if (ids.Length == 0 || (ids.Min() >= 0 && max <= (4L * ids.Length) + 1024))
        {
            _dense = new int[max + 1];
            Array.Fill(_dense, -1);
            for (var i = 0; i < ids.Length; i++)
            {
                if (_dense[ids[i]] >= 0) throw new ArgumentException($"id {ids[i]} appears twice in the {what}");
                _dense[ids[i]] = i;
            }
        }
        else
        {
            _sparse = new Dictionary<long, int>(ids.Length);
            for (var i = 0; i < ids.Length; i++)
                if (!_sparse.TryAdd(ids[i], i)) throw new ArgumentException($"id {ids[i]} appears twice in the {what}");
        }
    }

    /// <summary>The id's row, or -1.</summary>
    public int this[long id] => _dense is { } dense
        ? (id >= 0 && id < dense.Length ? dense[id] : -1)
        : _sparse!.GetValueOrDefault(id, -1);

    public bool TryGetValue(long id, out int row)
    {
        row = this[id];
        return row >= 0;
    }
}
