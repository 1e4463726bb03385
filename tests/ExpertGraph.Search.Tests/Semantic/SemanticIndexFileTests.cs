using ExpertGraph.Core.Model;
using ExpertGraph.Core.Storage;
using ExpertGraph.Search.Semantic;

namespace ExpertGraph.Search.Tests.Semantic;

[TestFixture]
public sealed class SemanticIndexFileTests
{
    private string _folder = "";

    [SetUp]
    public void CreateFolder() => _folder = Directory.CreateTempSubdirectory("eg-semantic-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    /// <summary>Three works after real benchmark titles; persons 1 and 2 share work 11.</summary>
    private static SemanticIndex SmallIndex()
    {
        StoredWork[] works =
        [
            Stored(10, "Dynamically adapting kernels in support vector machines", 1),
            Stored(11, "Predicting Time Series with Support Vector Machines", 1, 2),
            Stored(12, "RDFS(FA): Connecting RDF(S) and OWL DL", 3),
            Stored(13, "Translating Ontologies from Predicate-based to Frame-based Languages", 3),
            Stored(14, "Of the and", 2),
        ];
        var space = SemanticSpace.Fit(works.Select(w => WorkText.Of(w).Text), new SemanticSpaceOptions { Dimensions = 2, MinDocumentFrequency = 1, MaxDocumentFrequencyRatio = 1 });
        return SemanticIndexBuilder.Project(space, works.Select(WorkText.Of), CancellationToken.None);
    }

    private static StoredWork Stored(long id, string title, params long[] persons) =>
        new(new WorkId(id), new Work(new SourceKey("test", id.ToString(System.Globalization.CultureInfo.InvariantCulture)), WorkKind.Paper, title), [.. persons.Select(p => new PersonId(p))], []);

    [Test]
    public void Project_PersonsSumTheirWorks_AndCountEveryWork()
    {
        var index = SmallIndex();

        // Work 14 is stop words only: no vector, but it counts among person 2's works.
        Assert.That(index.WorkCount, Is.EqualTo(4));
        Assert.That(index.WorkVector(14), Is.Null);
        Assert.That(index.WorksOf(1), Is.EqualTo(2));
        Assert.That(index.WorksOf(2), Is.EqualTo(2));
        Assert.That(index.WorksOf(99), Is.Zero);
        var svm = index.WorkVector(11)!;
        Assert.That(index.PersonSimilarity(svm, 1)!.Value, Is.GreaterThan(index.PersonSimilarity(svm, 3)!.Value));
        Assert.That(index.PersonSimilarity(svm, 99), Is.Null);
    }

    [Test]
    public void TryRead_WhatWasWritten_ReadsBackTheSameIndex()
    {
        var index = SmallIndex();
        var path = Path.Combine(_folder, "semantic.bin");

        SemanticIndexFile.Write(index, path, stamp: 42);
        var read = SemanticIndexFile.TryRead(path, 42)!;

        Assert.That(read, Is.Not.Null);
        Assert.That(read.Space.Terms, Is.EqualTo(index.Space.Terms));
        Assert.That(read.Space.Projection, Is.EqualTo(index.Space.Projection));
        Assert.That(read.WorkVectors, Is.EqualTo(index.WorkVectors));
        Assert.That(read.PersonVectors, Is.EqualTo(index.PersonVectors));
        Assert.That(read.PersonWorkCounts, Is.EqualTo(index.PersonWorkCounts));
        Assert.That(read.Space.Project("support vector machines"), Is.EqualTo(index.Space.Project("support vector machines")));
    }

    [Test]
    public void TryRead_OtherStamp_IsNull()
    {
        var path = Path.Combine(_folder, "semantic.bin");
        SemanticIndexFile.Write(SmallIndex(), path, stamp: 42);

        Assert.That(SemanticIndexFile.TryRead(path, 43), Is.Null);
        Assert.That(SemanticIndexFile.TryRead(Path.Combine(_folder, "missing.bin"), 42), Is.Null);
    }

    [TestCase(1)]
    [TestCase(9)]
    [TestCase(100)]
    public void TryRead_CutShort_IsNull(int cut)
    {
        var path = Path.Combine(_folder, "semantic.bin");
        SemanticIndexFile.Write(SmallIndex(), path, stamp: 42);
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..^cut]);

        Assert.That(SemanticIndexFile.TryRead(path, 42), Is.Null);
    }
}
