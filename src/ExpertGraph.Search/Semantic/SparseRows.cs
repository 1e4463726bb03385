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
        _transposed = null;
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
        DenseMath.ForEachInBlocks(Rows, row =>
        {
            var target = result.AsSpan(row * width, width);
            for (var at = _starts[row]; at < _starts[row + 1]; at++)
                DenseMath.AddScaled(target, dense.AsSpan(_columns[at] * width, width), _values[at]);
        });
        return result;
    }

    /// <summary>
    /// Z = Xᵀ·M for a dense M (rows × width, row-major): Z is columns × width. Columns in parallel, each summing its rows
    /// in row order (as one loop over the rows would: the same bits), read from a column-major copy of X made at the
    /// first call.
    /// </summary>
    public double[] MultiplyTransposed(double[] dense, int width)
    {
        var (starts, rowsOf, values) = _transposed ??= Transpose();
        var result = new double[Columns * width];
        DenseMath.ForEachInBlocks(Columns, column =>
        {
            var target = result.AsSpan(column * width, width);
            for (var at = starts[column]; at < starts[column + 1]; at++)
                DenseMath.AddScaled(target, dense.AsSpan(rowsOf[at] * width, width), values[at]);
        });
        return result;
    }

    private (int[] Starts, int[] Rows, float[] Values)? _transposed;

    /// <summary>X by columns: each column's rows ascending, with their values (a counting sort of the entries).</summary>
    private (int[] Starts, int[] Rows, float[] Values) Transpose()
    {
        var starts = new int[Columns + 1];
        foreach (var column in _columns) starts[column + 1]++;
        for (var column = 0; column < Columns; column++) starts[column + 1] += starts[column];
        var next = starts[..^1];
        var rows = new int[_columns.Count];
        var values = new float[_columns.Count];
        for (var row = 0; row < Rows; row++)
        {
            for (var at = _starts[row]; at < _starts[row + 1]; at++)
            {
                var slot = next[_columns[at]]++;
                rows[slot] = row;
                values[slot] = _values[at];
            }
        }

        return (starts, rows, values);
    }
}
