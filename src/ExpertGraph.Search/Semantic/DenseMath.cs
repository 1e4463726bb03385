using System.Numerics;
using System.Runtime.InteropServices;

namespace ExpertGraph.Search.Semantic;

/// <summary>The few dense operations the semantic space needs, on row-major arrays.</summary>
internal static class DenseMath
{
    /// <summary>
    /// target += scale × source, element by element: each element's product and sum rounded as the plain loop rounds
    /// them (no fused multiply-add), so the result is the same to the bit, several elements an instruction. For the
    /// double-precision products here and the single-precision semantic vectors (<see cref="Vectors.AddScaled"/>).
    /// </summary>
    public static void AddScaled<T>(Span<T> target, ReadOnlySpan<T> source, T scale) where T : unmanaged, INumber<T>
    {
        if (source.Length != target.Length) throw new ArgumentException("the vectors differ in length", nameof(source));
        var i = 0;
        if (Vector.IsHardwareAccelerated && Vector<T>.IsSupported && target.Length >= Vector<T>.Count)
        {
            var factor = new Vector<T>(scale);
            var t = MemoryMarshal.Cast<T, Vector<T>>(target);
            var s = MemoryMarshal.Cast<T, Vector<T>>(source);
            for (var v = 0; v < t.Length; v++) t[v] += s[v] * factor;
            i = t.Length * Vector<T>.Count;
        }

        for (; i < target.Length; i++) target[i] += source[i] * scale;
    }

    /// <summary>
    /// AᵀA for A (rows × width, row-major): width × width. Row blocks are summed in parallel, each into its own matrix,
    /// and the partial sums added in block order; the blocks depend on the row count alone, so the result is the same
    /// on any machine and under any scheduling. Only the upper triangle is summed (half the work), then mirrored: the
    /// lower one would add the same products in the same order.
    /// </summary>
    public static double[] Gram(double[] a, int width)
    {
        var rows = a.Length / width;
        var blocks = Math.Max(1, Math.Min(GramBlocks, rows / MinRowsPerBlock));
        var partial = new double[blocks][];
        Parallel.For(0, blocks, block =>
        {
            var gram = new double[width * width];
            for (var r = (int)((long)rows * block / blocks); r < (int)((long)rows * (block + 1) / blocks); r++)
            {
                var row = a.AsSpan(r * width, width);
                for (var i = 0; i < width; i++)
                {
                    if (row[i] == 0) continue;
                    AddScaled(gram.AsSpan((i * width) + i, width - i), row[i..], row[i]);
                }
            }

            partial[block] = gram;
        });
        var sum = partial[0];
        for (var block = 1; block < blocks; block++) AddScaled(sum, partial[block], 1);
        for (var i = 0; i < width; i++)
            for (var j = i + 1; j < width; j++)
                sum[(j * width) + i] = sum[(i * width) + j];
        return sum;
    }

    /// <summary>Below this many rows a block is not worth a thread.</summary>
    private const int MinRowsPerBlock = 2048;

    /// <summary>Row blocks of a Gram matrix: fixed, not the processor count, so partial sums round alike everywhere.</summary>
    private const int GramBlocks = 8;

    /// <summary>A·B for A (rows × inner) and B (inner × width), both row-major; rows in parallel (each row is its own).</summary>
    public static double[] Multiply(double[] a, int inner, double[] b, int width)
    {
        var rows = a.Length / inner;
        var result = new double[rows * width];
        ForEachInBlocks(rows, r =>
        {
            var target = result.AsSpan(r * width, width);
            for (var k = 0; k < inner; k++)
            {
                var value = a[(r * inner) + k];
                if (value != 0) AddScaled(target, b.AsSpan(k * width, width), value);
            }
        });
        return result;
    }

    /// <summary>
    /// Calls <paramref name="each"/> for 0 … <paramref name="count"/> − 1, in up to one contiguous block per core (none
    /// under <see cref="MinRowsPerBlock"/> items): for products whose output rows are each computed on their own.
    /// </summary>
    public static void ForEachInBlocks(int count, Action<int> each)
    {
        var blocks = Math.Max(1, Math.Min(Environment.ProcessorCount, count / MinRowsPerBlock));
        Parallel.For(0, blocks, block =>
        {
            for (var i = (int)((long)count * block / blocks); i < (int)((long)count * (block + 1) / blocks); i++) each(i);
        });
    }

    /// <summary>
    /// An orthonormal basis of A's columns (rows × width): A·W·Λ^-½ from the eigenvectors of AᵀA, dropping directions
    /// whose eigenvalue is negligible, so a rank-deficient A (fewer documents than columns) still gives a basis. Run
    /// twice by the caller where accuracy matters: one pass loses digits in the smallest directions.
    /// </summary>
    public static (double[] Basis, int Width) Orthonormalize(double[] a, int width)
    {
        var (values, vectors) = SymmetricEigen.Decompose(Gram(a, width), width);
        var largest = values.Length > 0 ? values[0] : 0;
        var kept = 0;
        while (kept < values.Length && values[kept] > largest * 1e-12 && values[kept] > 0) kept++;
        var scale = new double[width * kept];
        for (var i = 0; i < width; i++)
            for (var j = 0; j < kept; j++)
                scale[(i * kept) + j] = vectors[(i * width) + j] / Math.Sqrt(values[j]);
        return (Multiply(a, width, scale, kept), kept);
    }
}
