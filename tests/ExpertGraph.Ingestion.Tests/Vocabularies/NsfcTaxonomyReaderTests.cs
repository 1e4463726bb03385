using ExpertGraph.Core.Lexicon;
using ExpertGraph.Ingestion.Vocabularies;
using ExpertGraph.Tests.Shared;

namespace ExpertGraph.Ingestion.Tests.Vocabularies;

/// <summary>nsfc.jl, values read off the file by hand.</summary>
public sealed class NsfcTaxonomyReaderTests
{
    private static readonly Lazy<Dictionary<string, VocabularyNode>> Nodes =
        new(() => NsfcTaxonomyReader.Read(SharedData.Path("vocabularies/nsfc-discipline-taxonomy")).ToDictionary(n => n.Id, StringComparer.Ordinal));

    [Test]
    public void Read_NumberTheory_IsLevelThreeUnderMathematicsWithBothNames()
    {
        var numberTheory = Nodes.Value["NSFC:A0101"];

        Assert.That((numberTheory.LabelZh, numberTheory.LabelEn, numberTheory.Level), Is.EqualTo(("数论", "Number Theory", 3)));
        Assert.That(numberTheory.ParentIds, Is.EqualTo(new[] { "NSFC:A01" }));
        Assert.That(numberTheory.Terms.Select(t => (t.Text, t.Language, t.Kind, t.Weight)), Is.EqualTo(new[]
        {
            ("数论", TermLanguage.Zh, TermKind.Preferred, 1f),
            ("Number Theory", TermLanguage.En, TermKind.Preferred, 0.8f),
        }));
    }

    [Test]
    public void Read_FirstLevelCode_HangsUnderItsCuratedDepartment()
    {
        Assert.That(Nodes.Value["NSFC:A01"].ParentIds, Is.EqualTo(new[] { "NSFC:A" }));
        Assert.That(Nodes.Value["NSFC:A01"].Level, Is.EqualTo(2));
        Assert.That(Nodes.Value["NSFC:A"].LabelZh, Is.EqualTo("数理科学部"));
        Assert.That(Nodes.Value["NSFC:A"].Level, Is.EqualTo(1));
    }

    [Test]
    public void Read_EveryNodeOfTheFilePlusEightDepartments()
    {
        Assert.That(Nodes.Value, Has.Count.EqualTo(2916 + 8));
        Assert.That(Nodes.Value["NSFC:A010101"].Level, Is.EqualTo(4));
    }
}
