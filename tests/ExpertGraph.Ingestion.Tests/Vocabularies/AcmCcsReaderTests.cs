using ExpertGraph.Core.Lexicon;
using ExpertGraph.Ingestion.Vocabularies;
using ExpertGraph.Tests.Shared;

namespace ExpertGraph.Ingestion.Tests.Vocabularies;

/// <summary>ACMComputingClassificationSystemSKOSTaxonomy.xml, values read off the file by hand.</summary>
public sealed class AcmCcsReaderTests
{
    private static readonly Lazy<Dictionary<string, VocabularyNode>> Nodes =
        new(() => AcmCcsReader.Read(SharedData.Path("vocabularies/acm-ccs-2012")).ToDictionary(n => n.Id, StringComparer.Ordinal));

    [Test]
    public void Read_AllConceptsOfTheFile()
    {
        Assert.That(Nodes.Value, Has.Count.EqualTo(2299));
    }

    [Test]
    public void Read_CloudComputing_HasItsThreeBroaderConceptsAndItsAltLabels()
    {
        var cloud = Nodes.Value["ACM:10003100"];

        Assert.That(cloud.LabelEn, Is.EqualTo("Cloud computing"));
        Assert.That(cloud.ParentIds, Is.EqualTo(new[] { "ACM:10003099", "ACM:10010537", "ACM:10011120" }));
        Assert.That(cloud.Terms.Where(t => t.Kind == TermKind.Synonym).Select(t => t.Text), Does.Contain("cloud model of computing").And.Contain("cloud systems"));
    }

    [Test]
    public void Read_TopConcept_IsLevelThreeUnderComputerScience()
    {
        var methodologies = Nodes.Value["ACM:10010147"];

        Assert.That(methodologies.LabelEn, Is.EqualTo("Computing methodologies"));
        Assert.That(methodologies.Level, Is.EqualTo(3));
        Assert.That(methodologies.ParentIds, Is.EqualTo(new[] { "OA:F17" }));
    }

    [Test]
    public void Read_EntityInLabel_IsDecoded()
    {
        Assert.That(Nodes.Value["ACM:10011641"].LabelEn, Is.EqualTo("Proper nouns: People, technologies and companies"));
    }

    [Test]
    public void Read_NoConceptIsDeeperThanSixOrAboveThree()
    {
        Assert.That(Nodes.Value.Values.Select(n => n.Level).Distinct().Order(), Is.EqualTo(new[] { 3, 4, 5, 6, 7, 8 }));
    }
}
