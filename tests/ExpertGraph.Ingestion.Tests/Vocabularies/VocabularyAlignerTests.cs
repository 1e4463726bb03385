using ExpertGraph.Ingestion.Vocabularies;

namespace ExpertGraph.Ingestion.Tests.Vocabularies;

/// <summary>The alignment rules on small invented vocabularies (the real merges are checked in LexiconBuilderTests).</summary>
public sealed class VocabularyAlignerTests
{
    private static VocabularyNode Node(string id, string en, string zh = "", params string[] parents) => new(id, 3, parents, en, zh, []);

    private static VocabularyAligner Align(IReadOnlySet<(string, string)>? distinct, params VocabularyNode[] nodes)
    {
        var sorted = nodes.OrderBy(n => VocabularyAligner.Precedence(n.Source)).ThenBy(n => n.Id, StringComparer.Ordinal).ToList();
        var index = sorted.Select((n, i) => (n.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        var parents = sorted.Select(n => n.ParentIds.Select(p => index[p]).ToArray()).ToArray();
        var aligner = new VocabularyAligner(sorted, parents, distinct ?? new HashSet<(string, string)>());
        aligner.Align();
        return aligner;
    }

    private static string[][] Concepts(VocabularyAligner aligner, int count) =>
        [.. Enumerable.Range(0, count).Where(i => aligner.Find(i) == i).Select(i => aligner.Members(i).Select(m => m.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray())];

    [Test]
    public void Align_SameEnglishLabelInThreeVocabularies_MergesIntoTheOpenAlexNodeWithEvidence()
    {
        var aligner = Align(null, Node("MESH:D1", "Chemistry"), Node("ACM:1", "chemistry"), Node("OA:F16", "Chemistry"));

        Assert.That(aligner.Merges.Select(m => (m.Node, m.Merged, m.Evidence)), Is.EqualTo(new[]
        {
            (0, 1, "en-label:chemistry"),
            (0, 2, "en-label:chemistry"),
        }));
        Assert.That(aligner.Find(2), Is.EqualTo(0), "OA:F16 (index 0) founds the concept");
    }

    [Test]
    public void Align_TwoNodesOfOneVocabularyShareTheLabel_ThatVocabularyDoesNotMerge()
    {
        // OpenAlex has two subfields named Genetics (1311 and 2716): MeSH's Genetics cannot tell which one it is.
        var aligner = Align(null, Node("OA:S1311", "Genetics"), Node("OA:S2716", "Genetics"), Node("MESH:D005823", "Genetics"));

        Assert.That(aligner.Merges, Is.Empty);
        Assert.That(aligner.AmbiguousKeys, Is.EqualTo(1));
    }

    [Test]
    public void Align_AmbiguousVocabularyLeftOut_TheOthersStillMerge()
    {
        var aligner = Align(null, Node("OA:S1", "Genetics"), Node("OA:S2", "Genetics"), Node("ACM:1", "Genetics"), Node("MESH:D1", "Genetics"));

        Assert.That(aligner.Merges.Select(m => (m.Node, m.Merged)), Is.EqualTo(new[] { (2, 3) }), "ACM:1 and MESH:D1 only");
    }

    [Test]
    public void Align_MergeWouldMakeAConceptItsOwnAncestor_IsRefused()
    {
        // ACM:1 "Computing" sits under OA:F17 "Computing": merging them would put the concept above itself.
        var aligner = Align(null, Node("OA:F17", "Computing"), Node("ACM:1", "Computing", "", "OA:F17"));

        Assert.That(aligner.Merges, Is.Empty);
        Assert.That(aligner.RefusedAsCycle, Is.EqualTo(1));
    }

    [Test]
    public void Align_CycleThroughAnEarlierMerge_IsRefused()
    {
        // English labels merge first: OA:F26 + MESH:D1. MESH:D1 sits under NSFC:A01, so NSFC:A01 joining them by its
        // Chinese label would put the concept above itself.
        var aligner = Align(null,
            Node("OA:F26", "Mathematics", "数学"),
            Node("NSFC:A01", "maths", "数学"),
            Node("MESH:D1", "Mathematics", "", "NSFC:A01"));

        Assert.That(aligner.Merges.Select(m => m.Evidence), Is.EqualTo(new[] { "en-label:mathematic" }));
        Assert.That(aligner.RefusedAsCycle, Is.EqualTo(1));
        Assert.That(Concepts(aligner, 3), Has.Length.EqualTo(2));
    }

    [Test]
    public void Align_CuratedDistinctPair_IsNotMerged()
    {
        var distinct = new HashSet<(string, string)> { ("ACM:10003634", "MESH:D014197"), ("MESH:D014197", "ACM:10003634") };

        var aligner = Align(distinct, Node("ACM:10003634", "Trees"), Node("MESH:D014197", "Trees"));

        Assert.That(aligner.Merges, Is.Empty);
        Assert.That(aligner.RefusedAsDistinct, Is.EqualTo(1));
    }

    [Test]
    public void Align_SameChineseLabel_Merges()
    {
        var aligner = Align(null, Node("OA:S3104", "Condensed Matter Physics", "凝聚态物理"), Node("NSFC:A0402", "Condensed matter physics II", "凝聚态物理"));

        Assert.That(aligner.Merges.Select(m => m.Evidence), Is.EqualTo(new[] { "zh-label:凝聚态物理" }));
    }
}
