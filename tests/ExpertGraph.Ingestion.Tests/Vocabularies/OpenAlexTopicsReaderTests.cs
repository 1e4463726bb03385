using ExpertGraph.Core.Lexicon;
using ExpertGraph.Ingestion.Vocabularies;
using ExpertGraph.Tests.Shared;

namespace ExpertGraph.Ingestion.Tests.Vocabularies;

/// <summary>openalex_topics_hierarchy.tsv and openalex_domains_fields_subfields.tsv, values read off the files by hand.</summary>
public sealed class OpenAlexTopicsReaderTests
{
    private static readonly Lazy<Dictionary<string, VocabularyNode>> Nodes =
        new(() => OpenAlexTopicsReader.Read(SharedData.Path("vocabularies/openalex-topics")).ToDictionary(n => n.Id, StringComparer.Ordinal));

    [Test]
    public void Read_FourLevelsOfTheHierarchy()
    {
        Assert.That(Nodes.Value.Values.GroupBy(n => n.Level).OrderBy(g => g.Key).Select(g => g.Count()), Is.EqualTo(new[] { 4, 26, 252, 4516 }));
    }

    [Test]
    public void Read_SiliconPhotonics_IsATopicUnderElectricalEngineering()
    {
        var topic = Nodes.Value["OA:T10299"];

        Assert.That((topic.LabelEn, topic.Level), Is.EqualTo(("Silicon Photonics Technology", 4)));
        Assert.That(topic.ParentIds, Is.EqualTo(new[] { "OA:S2208" }));
        Assert.That(Nodes.Value["OA:S2208"].ParentIds, Is.EqualTo(new[] { "OA:F22" }));
        Assert.That(Nodes.Value["OA:F22"].ParentIds, Is.EqualTo(new[] { "OA:D3" }));
    }

    [Test]
    public void Read_SiliconPhotonics_KeywordsOfItsDescriptionAreNearSynonyms()
    {
        // "…including optical modulators, microcavities, nanophotonic waveguides, biosensors, integrated circuits, Raman
        // lasers, whispering gallery mode devices, optofluidic technology, and on-chip interconnects." The rule drops
        // phrases that open with an -ing word ("improving charge transport"), and so loses "whispering gallery mode devices".
        var keywords = Nodes.Value["OA:T10299"].Terms.Where(t => t.Kind == TermKind.NearSynonym).Select(t => t.Text);

        Assert.That(keywords, Is.EqualTo(new[]
        {
            "optical modulators", "microcavities", "nanophotonic waveguides", "biosensors", "integrated circuits",
            "Raman lasers", "optofluidic technology", "on-chip interconnects",
        }));
    }

    [Test]
    public void Read_ComputerScience_AlternativesBecomeSynonymsAbbreviationsAndNearSynonyms()
    {
        var terms = Nodes.Value["OA:F17"].Terms.ToDictionary(t => t.Text, t => t.Kind, StringComparer.Ordinal);

        Assert.That(terms["Computer Science"], Is.EqualTo(TermKind.Preferred));
        Assert.That(terms["CS"], Is.EqualTo(TermKind.Abbreviation));
        Assert.That(terms["science of computing"], Is.EqualTo(TermKind.Synonym));
        Assert.That(terms["informatics"], Is.EqualTo(TermKind.NearSynonym));
    }
}
