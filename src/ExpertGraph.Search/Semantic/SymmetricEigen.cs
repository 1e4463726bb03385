namespace ExpertGraph.Search.Semantic;

/// <summary>Eigen-decomposition of a small symmetric matrix by cyclic Jacobi rotations (exact to rounding, O(n³) per sweep).</summary>
internal static class SymmetricEigen
{
    private const int MaxSweeps = 64;

    /// <summary>
    /// Eigenvalues in descending order and the eigenvectors as the columns of an n × n row-major matrix, in the same order.
    /// </summary>
    public static (double[] Values, double[] Vectors) Decompose(double[] symmetric, int n)
    {
        var a = (double[])symmetric.Clone();
        var v = new double[n * n];
        for (var i = 0; i < n; i++) v[(i * n) + i] = 1;
        for (var sweep = 0; sweep < MaxSweeps; sweep++)
        {
            double off = 0, total = 0;
            for (var i = 0; i < n; i++)
            {
                for (var j = 0; j < n; j++)
                {
                    var square = a[(i * n) + j] * a[(i * n) + j];
                    total += square;
                    if (i != j) off += square;
                }
            }

            if (off <= total * 1e-30 || off == 0) break;
            for (var p = 0; p < n - 1; p++)
                for (var q = p + 1; q < n; q++)
                    Rotate(a, v, n, p, q);
        }

        var order = Enumerable.Range(0, n).OrderByDescending(i => a[(i * n) + i]).ToArray();
        var values = order.Select(i => a[(i * n) + i]).ToArray();
        var vectors = new double[n * n];
        for (var row = 0; row < n; row++)
            for (var column = 0; column < n; column++)
                vectors[(row * n) + column] = v[(row * n) + order[column]];
        return (values, vectors);
    }

    private static void Rotate(double[] a, double[] v, int n, int p, int q)
    {
        var apq = a[(p * n) + q];
        if (apq == 0) return;
        var app = a[(p * n) + p];
        var aqq = a[(q * n) + q];
        var theta = (aqq - app) / (2 * apq);
        var t = Math.Sign(theta == 0 ? 1 : theta) / (Math.Abs(theta) + Math.Sqrt((theta * theta) + 1));
        var c = 1 / Math.Sqrt((t * t) + 1);
        var s = t * c;
        for (var k = 0; k < n; k++)
        {
            var akp = a[(k * n) + p];
            var akq = a[(k * n) + q];
            a[(k * n) + p] = (c * akp) - (s * akq);
            a[(k * n) + q] = (s * akp) + (c * akq);
        }

        for (var k = 0; k < n; k++)
        {
            var apk = a[(p * n) + k];
            var aqk = a[(q * n) + k];
            a[(p * n) + k] = (c * apk) - (s * aqk);
            a[(q * n) + k] = (s * apk) + (c * aqk);
        }

        for (var k = 0; k < n; k++)
        {
            var vkp = v[(k * n) + p];
            var vkq = v[(k * n) + q];
            v[(k * n) + p] = (c * vkp) - (s * vkq);
            v[(k * n) + q] = (s * vkp) + (c * vkq);
        }
    }
}
