using ExpertGraph.Core.Lexicon;
using ExpertGraph.Ingestion.Vocabularies;
using ExpertGraph.Tests.Shared;

namespace ExpertGraph.Ingestion.Tests.Vocabularies;

/// <summary>mesh_descriptor_terms.tsv and mesh_descriptor_trees.tsv, values read off the files by hand.</summary>
public sealed class MeshReaderTests
{
    private static readonly Lazy<Dictionary<string, VocabularyNode>> Nodes =
        new(() => MeshReader.Read(SharedData.Path("vocabularies/mesh")).ToDictionary(n => n.Id, StringComparer.Ordinal));

    [Test]
    public void Read_Calcimycin_PreferredConceptIsTheDescriptorWithItsTwoTerms()
    {
        var calcimycin = Nodes.Value["MESH:D000001"];

        Assert.That(calcimycin.LabelEn, Is.EqualTo("Calcimycin"));
        Assert.That(calcimycin.Terms.Select(t => (t.Text, t.Kind)), Is.EqualTo(new[]
        {
            ("Calcimycin", TermKind.Preferred),
            ("4-Benzoxazolecarboxylic acid, 5-(methylamino)-2-((3,9,11-trimethyl-8-(1-methyl-2-oxo-2-(1H-pyrrol-2-yl)ethyl)-1,7-dioxaspiro(5.5)undec-2-yl)methyl)-, (6S-(6alpha(2S*,3S*),8beta(R*),9beta,11alpha))-", TermKind.Synonym),
        }));
    }

    [Test]
    public void Read_Calcimycin_NarrowerConceptIsAChildWithPermutedTermsWeighingLess()
    {
        var narrower = Nodes.Value["MESH:M0353609"];

        Assert.That(narrower.ParentIds, Is.EqualTo(new[] { "MESH:D000001" }));
        Assert.That(narrower.LabelEn, Is.EqualTo("A-23187"));
        Assert.That(narrower.Level, Is.EqualTo(9), "Calcimycin is at level 8, its narrower concept one below");
        Assert.That(narrower.Terms.Select(t => (t.Text, t.Kind, t.Weight)), Is.EqualTo(new[]
        {
            ("A-23187", TermKind.Preferred, 1f),
            ("A 23187", TermKind.Synonym, 0.6f),
            ("A23187", TermKind.Synonym, 0.9f),
            ("Antibiotic A23187", TermKind.Synonym, 0.9f),
            ("A23187, Antibiotic", TermKind.Synonym, 0.6f),
        }));
    }

    [Test]
    public void Read_Calcimycin_FourTreePositionsOfDepthFiveGiveLevelEightAndTheirTwoHolders()
    {
        // D02.355.291.933.125, D02.540.576.625.125, D04.345.241.654.125 sit under Polyether Polyketides (D000095662),
        // D03.633.100.221.173 under Benzoxazoles (D001583).
        var calcimycin = Nodes.Value["MESH:D000001"];

        Assert.That(calcimycin.Level, Is.EqualTo(8));
        Assert.That(calcimycin.ParentIds.Order(StringComparer.Ordinal), Is.EqualTo(new[] { "MESH:D000095662", "MESH:D001583" }));
    }

    [Test]
    public void Read_DescriptorSevenDeep_IsFoldedOntoLevelNineKeepingItsRealParent()
    {
        // Plasmablastic Lymphoma: C04.557.386.480.150.585.500 (and the same depth in C15, C20), all under D016403.
        var lymphoma = Nodes.Value["MESH:D000069293"];

        Assert.That(lymphoma.Level, Is.EqualTo(9));
        Assert.That(lymphoma.ParentIds, Is.EqualTo(new[] { "MESH:D016403" }));
    }

    [Test]
    public void Read_TopDescriptorWithoutTreeRow_IsFoundByItsTreeNameUnderItsCategory()
    {
        var neoplasms = Nodes.Value["MESH:D009369"];

        Assert.That(neoplasms.Level, Is.EqualTo(4));
        Assert.That(neoplasms.ParentIds, Is.EqualTo(new[] { "MESH:CAT:C" }));
        Assert.That(Nodes.Value["MESH:CAT:C"].LabelEn, Is.EqualTo("Diseases"));
        Assert.That(Nodes.Value["MESH:CAT:C"].ParentIds, Is.EqualTo(new[] { "OA:F27" }));
    }

    [Test]
    public void Read_SixteenCategoriesAndNoCheckTags()
    {
        Assert.That(Nodes.Value.Keys.Count(k => k.StartsWith("MESH:CAT:", StringComparison.Ordinal)), Is.EqualTo(16));
        Assert.That(Nodes.Value.ContainsKey("MESH:D008297"), Is.False, "Male has no tree position");
    }

    [Test]
    public void Read_AbbreviationTag_GivesAnAbbreviation()
    {
        // D000066449 Human Embryonic Stem Cells: "hESCs", LexicalTag ABB.
        var cells = Nodes.Value["MESH:D000066449"];

        Assert.That(cells.Terms.Single(t => t.Text == "hESCs").Kind, Is.EqualTo(TermKind.Abbreviation));
    }
}
