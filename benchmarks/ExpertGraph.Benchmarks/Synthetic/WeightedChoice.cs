namespace ExpertGraph.Benchmarks.Synthetic;

/// <summary>Values observed in real data, drawn with the frequency they were observed with.</summary>
internal sealed class WeightedChoice<T>
{
    private readonly T[] _values;
    private readonly AliasTable _table;

    private WeightedChoice(T[] values, double[] weights)
    {
        _values = values;
        _table = new AliasTable(weights);
    }

    public int Count => _values.Length;

    public IReadOnlyList<T> Values => _values;

    public T Sample(Random random) => _values[_table.Sample(random)];

    /// <summary>Orders the values ordinally first, so the draws never depend on the order a file or a hash set gave.</summary>
    public static WeightedChoice<string> FromCounts(IReadOnlyDictionary<string, int> counts)
    {
        if (counts.Count == 0) throw new ArgumentException("no values to draw from", nameof(counts));
        var keys = counts.Keys.ToArray();
        Array.Sort(keys, StringComparer.Ordinal);
        return new WeightedChoice<string>(keys, keys.Select(key => (double)counts[key]).ToArray());
    }

    public static WeightedChoice<T> FromWeights(T[] values, double[] weights) => new(values, weights);
}
