namespace ExpertGraph.Benchmarks.Synthetic;

/// <summary>
/// Vose's alias method: O(1) draws from a fixed discrete distribution. Every author slot of a million-work corpus is a
/// weighted draw, so a binary search per draw would dominate the run.
/// </summary>
internal sealed class AliasTable
{
    private readonly double[] _probability;
    private readonly int[] _alias;

    public AliasTable(ReadOnlySpan<double> weights)
    {
        if (weights.IsEmpty) throw new ArgumentException("an alias table needs at least one weight", nameof(weights));
        var total = 0.0;
        foreach (var weight in weights)
        {
            if (!(weight >= 0) || double.IsInfinity(weight))
                throw new ArgumentException("weights must be finite and non-negative", nameof(weights));
            total += weight;
        }

        if (total <= 0) throw new ArgumentException("weights must not all be zero", nameof(weights));

        var count = weights.Length;
        _probability = new double[count];
        _alias = new int[count];
        var scaled = new double[count];
        var small = new int[count];
        var large = new int[count];
        int smallCount = 0, largeCount = 0;
        for (var i = 0; i < count; i++)
        {
            scaled[i] = weights[i] * count / total;
            if (scaled[i] < 1) small[smallCount++] = i;
            else large[largeCount++] = i;
        }

        while (smallCount > 0 && largeCount > 0)
        {
            var less = small[--smallCount];
            var more = large[--largeCount];
            _probability[less] = scaled[less];
            _alias[less] = more;
            scaled[more] = scaled[more] + scaled[less] - 1;
            if (scaled[more] < 1) small[smallCount++] = more;
            else large[largeCount++] = more;
        }

        // Whatever is left is 1 up to rounding error.
        while (largeCount > 0) _probability[large[--largeCount]] = 1;
        while (smallCount > 0) _probability[small[--smallCount]] = 1;
    }

    public int Count => _alias.Length;

    public int Sample(Random random)
    {
        var column = random.Next(_alias.Length);
        return random.NextDouble() < _probability[column] ? column : _alias[column];
    }
}
