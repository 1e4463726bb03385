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
