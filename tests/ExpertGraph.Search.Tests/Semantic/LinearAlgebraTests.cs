using ExpertGraph.Search.Semantic;

namespace ExpertGraph.Search.Tests.Semantic;

[TestFixture]
public sealed class LinearAlgebraTests
{
    [Test]
    public void Decompose_TwoByTwo_GivesKnownEigenpairs()
    {
        var (values, vectors) = SymmetricEigen.Decompose([2, 1, 1, 2], 2);

        Assert.That(values, Is.EqualTo(new[] { 3.0, 1.0 }).Within(1e-12));
        // The first eigenvector is ±(1, 1)/√2.
        Assert.That(Math.Abs(vectors[0]), Is.EqualTo(Math.Sqrt(0.5)).Within(1e-12));
        Assert.That(vectors[2], Is.EqualTo(vectors[0]).Within(1e-12));
    }

    [Test]
    public void Decompose_SymmetricMatrix_SatisfiesAvEqualsLambdaV()
    {
        double[] a = [4, 1, -2, 2, 1, 2, 0, 1, -2, 0, 3, -2, 2, 1, -2, -1];
        var (values, vectors) = SymmetricEigen.Decompose(a, 4);

        Assert.That(values, Is.Ordered.Descending);
        for (var k = 0; k < 4; k++)
        {
            for (var row = 0; row < 4; row++)
            {
                double av = 0;
                for (var column = 0; column < 4; column++) av += a[(row * 4) + column] * vectors[(column * 4) + k];
                Assert.That(av, Is.EqualTo(values[k] * vectors[(row * 4) + k]).Within(1e-9), $"eigenpair {k}, row {row}");
            }
        }
    }

    [Test]
    public void RandomizedSvd_SmallMatrix_FindsItsSingularValues()
    {
        // numpy.linalg.svd of this matrix: 4, √5, 2.
        var x = new SparseRows(3);
        x.AddRow([(0, 3f), (2, 1f)]);
        x.AddRow([(1, 2f)]);
        x.AddRow([(0, 1f), (2, 3f)]);
        x.AddRow([(1, 1f)]);

        var (v, sigma, rank) = RandomizedSvd.Decompose(x, 2, seed: 7);

        Assert.That(rank, Is.EqualTo(2));
        Assert.That(sigma, Is.EqualTo(new[] { 4.0, Math.Sqrt(5) }).Within(1e-9));
        // The first right singular vector is ±(1, 0, 1)/√2, and V's columns are orthonormal.
        Assert.That(Math.Abs(v[0]), Is.EqualTo(Math.Sqrt(0.5)).Within(1e-9));
        Assert.That(v[2], Is.EqualTo(0).Within(1e-9));
        double dot = 0, norm = 0;
        for (var i = 0; i < 3; i++)
        {
            dot += v[(i * 2) + 0] * v[(i * 2) + 1];
            norm += v[(i * 2) + 1] * v[(i * 2) + 1];
        }

        Assert.That(dot, Is.EqualTo(0).Within(1e-9));
        Assert.That(norm, Is.EqualTo(1).Within(1e-9));
    }

    [Test]
    public void RandomizedSvd_FewerRowsThanDimensions_ReturnsTheRankThereIs()
    {
        var x = new SparseRows(5);
        x.AddRow([(0, 1f), (1, 1f)]);
        x.AddRow([(0, 2f), (1, 2f)]);

        var (_, sigma, rank) = RandomizedSvd.Decompose(x, 10, seed: 1);

        Assert.That(rank, Is.EqualTo(1));
        Assert.That(sigma[0], Is.EqualTo(Math.Sqrt(10)).Within(1e-9));
    }

    [Test]
    public void MultiplyTransposed_SumsEachColumnInRowOrder_AsOneLoopOverTheRows()
    {
        // Enough columns for the column blocks to run in parallel; the reference is the plain loop over the rows, in
        // the order every output sums its terms, so the two must agree to the bit.
        var random = new Random(3);
        const int columns = 5000, width = 7;
        var x = new SparseRows(columns);
        var entries = new List<(int Row, int Column, float Value)>();
        for (var row = 0; row < 400; row++)
        {
            var chosen = Enumerable.Range(0, 30).Select(_ => random.Next(columns)).Distinct().Order().ToArray();
            var values = chosen.Select(_ => (float)(random.NextDouble() - 0.5)).ToArray();
            x.AddRow([.. chosen.Zip(values)]);
            entries.AddRange(chosen.Zip(values, (column, value) => (row, column, value)));
        }

        var dense = Enumerable.Range(0, 400 * width).Select(_ => random.NextDouble() - 0.5).ToArray();
        var expected = new double[columns * width];
        foreach (var (row, column, value) in entries)
            for (var k = 0; k < width; k++) expected[(column * width) + k] += dense[(row * width) + k] * value;

        var actual = x.MultiplyTransposed(dense, width);

        Assert.That(actual, Is.EqualTo(expected));
        // A row added later is seen by the next product.
        x.AddRow([(1, 2f)]);
        var longer = dense.Concat(Enumerable.Repeat(1.0, width)).ToArray();
        Assert.That(x.MultiplyTransposed(longer, width)[width], Is.EqualTo(expected[width] + 2));
    }

    [Test]
    public void Gram_IsSymmetric_AndSumsEveryEntryInRowOrder()
    {
        var random = new Random(5);
        const int rows = 5000, width = 9;
        // Some zeros, as orthonormalized sketches of sparse rows have.
        var a = Enumerable.Range(0, rows * width).Select(_ => random.Next(4) == 0 ? 0 : random.NextDouble() - 0.5).ToArray();

        var gram = DenseMath.Gram(a, width);

        // The reference sums each entry over the same row blocks as Gram (fixed by the row count), each in row order.
        var blocks = Math.Min(8, rows / 2048);
        for (var i = 0; i < width; i++)
        {
            for (var j = i; j < width; j++)
            {
                double total = 0;
                for (var block = 0; block < blocks; block++)
                {
                    double part = 0;
                    for (var r = rows * block / blocks; r < rows * (block + 1) / blocks; r++)
                        if (a[(r * width) + i] != 0) part += a[(r * width) + j] * a[(r * width) + i];
                    total = block == 0 ? part : total + part;
                }

                Assert.That(gram[(i * width) + j], Is.EqualTo(total), $"({i}, {j})");
                Assert.That(gram[(j * width) + i], Is.EqualTo(total), $"({j}, {i})");
            }
        }
    }
}
