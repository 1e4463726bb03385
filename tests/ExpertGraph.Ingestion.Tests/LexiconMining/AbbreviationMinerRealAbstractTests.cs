using ExpertGraph.Core.Model;
using ExpertGraph.Ingestion.LexiconMining;
using ExpertGraph.Ingestion.Papers;
using ExpertGraph.Ingestion.Tests.Papers;
using ExpertGraph.Tests.Shared;

namespace ExpertGraph.Ingestion.Tests.LexiconMining;

/// <summary>
/// Definitions in real OpenAlex titles and abstracts (records/openalex-works-json/works_biodiversity_finance_200.jsonl),
/// read off the file by hand: every " (" of the work's title and abstract was looked at.
/// </summary>
public sealed class AbbreviationMinerRealAbstractTests
{
    private const string File = "records/openalex-works-json/works_biodiversity_finance_200.jsonl";

    private static readonly Lazy<Dictionary<string, Work>> Works = new(() => RecordFiles.ReadAll(new OpenAlexWorkReader(), SharedData.Path(File))
        .Where(r => r.Work is not null).ToDictionary(r => r.Work!.Key.Id, r => r.Work!, StringComparer.Ordinal));

    // "The Coral Triangle Initiative (CTI) in south-east Asia … networked marine protected areas (MPAs) which form …"
    [TestCase("W2117786730", new[] { "CTI", "Coral Triangle Initiative", "MPAs", "marine protected areas" })]
    // "Reducing Emissions from Deforestation and Forest Degradation (REDD) … Convention on Climate Change (UNFCCC).Successful"
    // "(rather than a fund-based approach)" and "(by directly engaging the private sector)" are no definitions.
    [TestCase("W1482164038", new[]
    {
        "REDD", "Reducing Emissions from Deforestation and Forest Degradation",
        "UNFCCC", "United Nations Framework Convention on Climate Change",
    })]
    // "coarse woody debris (CWD)"; "(72.6 m3 ha−1)" and the other volumes are not.
    [TestCase("W2059349207", new[] { "CWD", "coarse woody debris" })]
    public void Find_RealAbstract_EveryDefinitionItMakes(string openAlexId, string[] expected)
    {
        var work = Works.Value[openAlexId];

        var found = AbbreviationMiner.Find(work.Title).Concat(AbbreviationMiner.Find(work.Abstract))
            .SelectMany(d => new[] { d.ShortForm, d.LongForm });

        Assert.That(found, Is.EqualTo(expected));
    }

    [Test]
    public void Find_RealAbstractWithManyCitations_DefinitionsAmongThem()
    {
        // A long abstract with "(Myers et al. 2000; …)", "(CI 2007)" and a dozen more citations in parentheses.
        var found = AbbreviationMiner.Find(Works.Value["W2125576237"].Abstract);

        Assert.That(found, Does.Contain(new AbbreviationDefinition("CDM", "Clean Development Mechanism")));
        Assert.That(found, Does.Contain(new AbbreviationDefinition("PES", "Payments for environmental services")));
        Assert.That(found.Select(d => d.ShortForm), Has.None.Contains("20"), "a citation year taken for a short form");
    }
}
