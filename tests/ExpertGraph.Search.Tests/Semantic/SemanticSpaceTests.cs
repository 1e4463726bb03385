using ExpertGraph.Tests.Shared;
using ExpertGraph.Search.Semantic;

namespace ExpertGraph.Search.Tests.Semantic;

/// <summary>The space fitted on the expert-finding benchmark's real paper texts.</summary>
[TestFixture]
public sealed class SemanticSpaceTests
{
    private static readonly Lazy<SemanticSpace> Space = new(() =>
        SemanticSpace.Fit(BenchmarkDocuments.All.OrderBy(pair => pair.Key).Select(pair => pair.Value), new SemanticSpaceOptions()));

    [Test]
    public void Fit_BenchmarkCorpus_TakesDimensionsByCorpusSize()
    {
        // √1641 / 1.5 = 27.
        Assert.That(Space.Value.Dimensions, Is.EqualTo(27));
        Assert.That(Space.Value.FittedWorks, Is.EqualTo(1641));
    }

    [Test]
    public void Project_DocumentsOfOneTopic_LieCloserThanDocumentsOfDifferentTopics()
    {
        // The benchmark's labelled documents (doc_labels.tsv), with one topic each.
        var labels = File.ReadLines(SharedData.Path(BenchmarkDocuments.Folder + "/doc_labels.tsv")).Skip(1)
            .Select(line => line.Split('\t'))
            .GroupBy(fields => int.Parse(fields[0], System.Globalization.CultureInfo.InvariantCulture))
            .Where(group => group.Count() == 1)
            .ToDictionary(group => group.Key, group => group.Single()[1]);
        var vectors = labels.Keys.ToDictionary(doc => doc, doc => Space.Value.Project(BenchmarkDocuments.All[doc])!);
        double same = 0, different = 0;
        int sameCount = 0, differentCount = 0;
        foreach (var a in labels.Keys)
        {
            foreach (var b in labels.Keys.Where(b => b > a))
            {
                var cosine = Vectors.Dot(vectors[a], vectors[b]);
                if (labels[a] == labels[b]) { same += cosine; sameCount++; }
                else { different += cosine; differentCount++; }
            }
        }

        Assert.That(same / sameCount, Is.GreaterThan(1.5 * (different / differentCount)));
    }

    [Test]
    public void Project_FieldNamedInOtherWords_LandsNearItsPapers()
    {
        var space = Space.Value;
        var kernels = space.Project("large margin kernel classifiers")!;
        var ontologies = space.Project("RDF and OWL description logics")!;
        // Doc 1567: "Support-Vector Networks"; doc 74: "RDFS(FA): Connecting RDF(S) and OWL DL".
        var svm = space.Project(BenchmarkDocuments.All[1567])!;
        var rdf = space.Project(BenchmarkDocuments.All[74])!;

        Assert.That(Vectors.Dot(kernels, svm), Is.GreaterThan(Vectors.Dot(kernels, rdf)));
        Assert.That(Vectors.Dot(ontologies, rdf), Is.GreaterThan(Vectors.Dot(ontologies, svm)));
    }

    [Test]
    public void Project_AnyText_IsThePlainLoopsVectorToTheBit()
    {
        // The reference: counts in the order terms first occur, sublinear tf-idf, l2-normalized, rows of V summed one
        // element at a time. Projection reuses a thread's scratch and sums rows several elements an instruction; neither
        // may change a bit, or a rebuilt semantic index would differ from the one it replaces.
        var space = Space.Value;
        var column = space.Terms.Select((term, i) => (term, i)).ToDictionary(p => p.term, p => p.i, StringComparer.Ordinal);
        var splitter = new SemanticTerms();
        foreach (var doc in new[] { 1567, 74, 3, 1567, 12 })
        {
            var counts = new Dictionary<int, int>();
            foreach (var term in splitter.Of(BenchmarkDocuments.All[doc]))
                if (column.TryGetValue(term, out var c)) counts[c] = counts.GetValueOrDefault(c) + 1;
            var weights = counts.Select(p => (p.Key, (float)(1 + Math.Log(p.Value)) * space.Idf[p.Key])).ToList();
            Vectors.Normalize(weights);
            var expected = new float[space.Dimensions];
            foreach (var (c, weight) in weights)
                for (var d = 0; d < space.Dimensions; d++) expected[d] += weight * space.Projection[(c * space.Dimensions) + d];
            Vectors.Normalize(expected);

            Assert.That(space.Project("zzqx wvvk"), Is.Null, "a text without vocabulary terms in between");
            Assert.That(space.Project(string.Join(' ', space.Terms.Take(5000))), Is.Not.Null, "a text longer than the scratch keeps in between");
            Assert.That(space.Project(BenchmarkDocuments.All[doc]), Is.EqualTo(expected), $"doc {doc}");
        }
    }

    [TestCase(1)]
    [TestCase(7)]
    [TestCase(8)]
    [TestCase(27)]
    [TestCase(128)]
    public void AddScaled_AnyLength_IsThePlainLoopToTheBit(int length)
    {
        var random = new Random(length);
        var target = Enumerable.Range(0, length).Select(_ => (float)random.NextDouble() - 0.5f).ToArray();
        var source = Enumerable.Range(0, length).Select(_ => (float)random.NextDouble() * 3 - 1).ToArray();
        var scale = 0.3377f;
        var scaled = target.ToArray();
        var added = target.ToArray();

        Vectors.AddScaled(scaled, source, scale);
        Vectors.AddScaled(added, source, 1);

        Assert.That(scaled, Is.EqualTo(target.Select((t, i) => t + (scale * source[i]))));
        Assert.That(added, Is.EqualTo(target.Select((t, i) => t + source[i])));
        Assert.That(() => Vectors.AddScaled(new float[length + 1], source, 1), Throws.ArgumentException);
    }

    [Test]
    public void Project_TextWithoutAnyVocabularyTerm_IsNull()
    {
        Assert.That(Space.Value.Project("zzqx wvvk"), Is.Null);
        Assert.That(Space.Value.Project(""), Is.Null);
    }

    [Test]
    public void Fit_SameTextsAndSeed_GivesTheSameSpace()
    {
        var texts = BenchmarkDocuments.All.OrderBy(pair => pair.Key).Take(300).Select(pair => pair.Value).ToList();

        var first = SemanticSpace.Fit(texts, new SemanticSpaceOptions { Dimensions = 12 });
        var second = SemanticSpace.Fit(texts, new SemanticSpaceOptions { Dimensions = 12 });

        Assert.That(second.Terms, Is.EqualTo(first.Terms));
        Assert.That(second.Projection, Is.EqualTo(first.Projection));
    }

    [Test]
    public void Fit_InvalidOptions_ReportsEveryProblem()
    {
        var options = new SemanticSpaceOptions { Dimensions = 0, MaxDocumentFrequencyRatio = 2 };

        Assert.That(() => SemanticSpace.Fit(["a text"], options),
            Throws.ArgumentException.With.Message.Contains("dimensions").And.Message.Contains("ratio"));
    }
}
