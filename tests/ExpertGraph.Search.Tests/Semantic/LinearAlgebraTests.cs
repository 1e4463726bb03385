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
}
