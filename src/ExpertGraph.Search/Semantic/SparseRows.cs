namespace ExpertGraph.Search.Semantic;

/// <summary>A sparse matrix in compressed rows (one row per document, columns are terms), appended row by row.</summary>
internal sealed class SparseRows(int columns)
{
    private readonly List<int> _starts = [0];
    private readonly List<int> _columns = [];
    private readonly List<float> _values = [];

    public int Rows => _starts.Count - 1;

    public int Columns { get; } = columns;

    public void AddRow(ReadOnlySpan<(int Column, float Value)> entries)
    {
        foreach (var (column, value) in entries)
        {
            _columns.Add(column);
            _values.Add(value);
        }

        _starts.Add(_columns.Count);
    }

    /// <summary>Y = X·M for a dense M (columns × width, row-major): Y is rows × width; rows in parallel (each is its own).</summary>
    public double[] Multiply(double[] dense, int width)
    {
        var result = new double[Rows * width];
        var rows = Rows;
        var blocks = Math.Max(1, Math.Min(Environment.ProcessorCount, rows / 2048));
        Parallel.For(0, blocks, block =>
        {
            for (var row = (int)((long)rows * block / blocks); row < (int)((long)rows * (block + 1) / blocks); row++)
            {
                var target = result.AsSpan(row * width, width);
                for (var at = _starts[row]; at < _starts[row + 1]; at++)
                    DenseMath.AddScaled(target, dense.AsSpan(_columns[at] * width, width), _values[at]);
            }
        });
        return result;
    }

    /// <summary>Z = Xᵀ·M for a dense M (rows × width, row-major): Z is columns × width.</summary>
    public double[] MultiplyTransposed(double[] dense, int width)
    {
        var result = new double[Columns * width];
        for (var row = 0; row < Rows; row++)
        {
            var source = dense.AsSpan(row * width, width);
            for (var at = _starts[row]; at < _starts[row + 1]; at++)
                DenseMath.AddScaled(result.AsSpan(_columns[at] * width, width), source, _values[at]);
        }

        return result;
    }
}
