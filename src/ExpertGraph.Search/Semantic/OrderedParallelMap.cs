namespace ExpertGraph.Search.Semantic;

/// <summary>
/// Maps a stream on every core and yields the results in the stream's order: items are taken a chunk at a time, the
/// chunk mapped in parallel, then handed on one by one. What consumes the results sees exactly the sequence a plain
/// loop would give, so sums over it stay bit for bit the same; only the mapping (tokenizing and projecting texts)
/// runs side by side. At most one chunk of inputs and results is held.
/// </summary>
internal static class OrderedParallelMap
{
    public const int DefaultChunk = 2048;

    public static IEnumerable<TOut> Map<TIn, TOut>(IEnumerable<TIn> source, Func<TIn, TOut> map, CancellationToken cancellationToken, int chunk = DefaultChunk)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(map);
        ArgumentOutOfRangeException.ThrowIfLessThan(chunk, 1);
        var inputs = new List<TIn>(chunk);
        var outputs = new TOut[chunk];
        var options = new ParallelOptions { CancellationToken = cancellationToken };
        foreach (var item in source)
        {
            inputs.Add(item);
            if (inputs.Count < chunk) continue;
            foreach (var result in MapChunk(inputs, outputs, map, options)) yield return result;
            inputs.Clear();
        }

        if (inputs.Count > 0)
            foreach (var result in MapChunk(inputs, outputs, map, options)) yield return result;
    }

    private static IEnumerable<TOut> MapChunk<TIn, TOut>(List<TIn> inputs, TOut[] outputs, Func<TIn, TOut> map, ParallelOptions options)
    {
        Parallel.For(0, inputs.Count, options, i => outputs[i] = map(inputs[i]));
        for (var i = 0; i < inputs.Count; i++)
        {
            yield return outputs[i];
            outputs[i] = default!;
        }
    }
}
