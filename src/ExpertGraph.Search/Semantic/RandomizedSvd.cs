namespace ExpertGraph.Search.Semantic;

/// <summary>
/// The leading right singular vectors of a sparse documents × terms matrix X ≈ U·Σ·Vᵀ by the randomized range finder of
/// Halko, Martinsson and Tropp (2011): a seeded Gaussian sketch, five power iterations with re-orthonormalization, then the
/// exact decomposition of the small projected matrix. Deterministic for a seed.
/// </summary>
internal static class RandomizedSvd
{
    public const int Oversampling = 10;
    public const int PowerIterations = 5;

    /// <returns>V (terms × rank, row-major) and the singular values, largest first; rank ≤ <paramref name="dimensions"/>.</returns>
    public static (double[] V, double[] SingularValues, int Rank) Decompose(SparseRows x, int dimensions, int seed)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentOutOfRangeException.ThrowIfLessThan(dimensions, 1);
        var width = Math.Min(dimensions + Oversampling, Math.Min(x.Rows, x.Columns));
        if (width == 0) return ([], [], 0);

        var random = new Random(seed);
        var sketch = new double[x.Columns * width];
        for (var i = 0; i < sketch.Length; i++) sketch[i] = Gaussian(random);

        // Q: an orthonormal basis of X·Ω, sharpened by power iterations (X·Xᵀ)^q so the leading directions dominate.
        // Inside the iterations one orthonormalization a step keeps the columns apart; the last basis gets two.
        var (q, qWidth) = DenseMath.Orthonormalize(x.Multiply(sketch, width), width);
        for (var i = 0; i < PowerIterations; i++)
        {
            var (z, zWidth) = DenseMath.Orthonormalize(x.MultiplyTransposed(q, qWidth), qWidth);
            (q, qWidth) = i == PowerIterations - 1 ? Basis(x.Multiply(z, zWidth), zWidth) : DenseMath.Orthonormalize(x.Multiply(z, zWidth), zWidth);
        }

        // B = Qᵀ·X; B·Bᵀ = Wᵀ·W with W = Xᵀ·Q. Its eigenvectors Û and values σ² give V = W·Û·Σ⁻¹.
        var w = x.MultiplyTransposed(q, qWidth);
        var (values, vectors) = SymmetricEigen.Decompose(DenseMath.Gram(w, qWidth), qWidth);
        var rank = 0;
        while (rank < Math.Min(dimensions, qWidth) && values[rank] > values[0] * 1e-12 && values[rank] > 0) rank++;
        var sigma = values.Take(rank).Select(Math.Sqrt).ToArray();
        var scaled = new double[qWidth * rank];
        for (var i = 0; i < qWidth; i++)
            for (var j = 0; j < rank; j++)
                scaled[(i * rank) + j] = vectors[(i * qWidth) + j] / sigma[j];
        return (DenseMath.Multiply(w, qWidth, scaled, rank), sigma, rank);
    }

    private static (double[] Basis, int Width) Basis(double[] a, int width)
    {
        var (once, onceWidth) = DenseMath.Orthonormalize(a, width);
        return DenseMath.Orthonormalize(once, onceWidth);
    }

    private static double Gaussian(Random random)
    {
        // Box–Muller; 1 − NextDouble() is in (0, 1], so the logarithm is finite.
        var u = 1 - random.NextDouble();
        var v = random.NextDouble();
        return Math.Sqrt(-2 * Math.Log(u)) * Math.Cos(2 * Math.PI * v);
    }
}
