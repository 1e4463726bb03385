using ExpertGraph.Search.Semantic;

namespace ExpertGraph.Search.Tests.Semantic;

[TestFixture]
public sealed class SemanticIndexTests
{
    /// <summary>300 persons with seeded random byte vectors of 70 dimensions: two vector-register steps and a scalar tail.</summary>
    private static SemanticIndex RandomIndex(int dimensions = 70, int persons = 300)
    {
        var random = new Random(5);
        var space = new SemanticSpace(["term"], [1f], new float[dimensions], dimensions, 1);
        var vectors = new sbyte[persons * dimensions];
        for (var i = 0; i < vectors.Length; i++) vectors[i] = (sbyte)random.Next(-127, 128);
        var ids = Enumerable.Range(1, persons).Select(i => (long)i * 10).ToArray();
        return new SemanticIndex(space, [], [], ids, vectors, [.. Enumerable.Range(1, persons)]);
    }

    private static float[] Query(int dimensions = 70)
    {
        var random = new Random(9);
        var query = Enumerable.Range(0, dimensions).Select(_ => (float)(random.NextDouble() - 0.5)).ToArray();
        var norm = MathF.Sqrt(query.Sum(v => v * v));
        return [.. query.Select(v => v / norm)];
    }

    [Test]
    public void PersonSimilarity_IsTheCosineOfTheStoredBytes()
    {
        var index = RandomIndex();
        var query = Query();

        foreach (var row in new[] { 0, 17, 299 })
        {
            var stored = index.PersonVectors.AsSpan(row * 70, 70).ToArray();
            double dot = 0, norm = 0;
            for (var i = 0; i < 70; i++)
            {
                dot += query[i] * stored[i];
                norm += stored[i] * stored[i];
            }

            Assert.That(index.PersonSimilarity(query, index.PersonIds[row])!.Value, Is.EqualTo(dot / Math.Sqrt(norm)).Within(1e-5));
        }
    }

    [Test]
    public void NearestPersons_AreTheMostSimilar_NearestFirst_WithoutTheExcluded()
    {
        var index = RandomIndex();
        var query = Query();
        var expected = index.PersonIds
            .Select(id => (Id: id, Similarity: index.PersonSimilarity(query, id)!.Value))
            .Where(p => p.Id != 10)
            .OrderByDescending(p => p.Similarity).ThenBy(p => p.Id)
            .Take(25)
            .ToList();

        var nearest = index.NearestPersons(query, 25, exclude: 10);

        Assert.That(nearest.Select(p => p.Person), Is.EqualTo(expected.Select(p => p.Id)));
        Assert.That(nearest.Select(p => p.Similarity), Is.EqualTo(expected.Select(p => p.Similarity)));
        Assert.That(nearest[0].Works, Is.EqualTo(index.WorksOf(nearest[0].Person)));
    }
}
