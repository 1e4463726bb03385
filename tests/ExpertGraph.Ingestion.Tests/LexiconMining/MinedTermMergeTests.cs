using ExpertGraph.Core.Lexicon;
using ExpertGraph.Ingestion.LexiconMining;

namespace ExpertGraph.Ingestion.Tests.LexiconMining;

/// <summary>The one rule by which mined terms join the curated lexicon.</summary>
public sealed class MinedTermMergeTests
{
    private static readonly LexiconData Curated = LexiconSamples.Small();

    private static MinedTermProposal Proposal(string concept, string text, int works, TermLanguage language = TermLanguage.En, TermKind kind = TermKind.Abbreviation) =>
        new(concept, text, language, kind, [.. Enumerable.Range(1, works).Select(i => $"test:W{i}")]);

    [Test]
    public void Merge_NewTextForAConcept_Kept()
    {
        var result = MinedTermMerge.Merge(Curated, [Proposal("T:CDM", "CDM", 2)]);

        Assert.That(result.Kept.Select(k => k.ToTerm()), Is.EqualTo(new[]
        {
            new LexiconTerm("T:CDM", "CDM", TermLanguage.En, TermKind.Abbreviation, 0.4f, "MINED:2 works"),
        }));
        Assert.That((result.AlreadyCurated, result.CuratedForAnotherConcept, result.Conflicting), Is.EqualTo((0, 0, 0)));
    }

    [TestCase("T:ER", "er", TermLanguage.En, TestName = "Merge_CuratedTermOfTheSameConceptInAnotherCase_DroppedAsCurated")]
    [TestCase("T:ER", "内质网", TermLanguage.Zh, TestName = "Merge_CuratedChineseLabelOfTheSameConcept_DroppedAsCurated")]
    [TestCase("T:VT", "Vesicle  Trafficking", TermLanguage.En, TestName = "Merge_CuratedEnglishLabelWithOtherSpacing_DroppedAsCurated")]
    public void Merge_AlreadyCurated(string concept, string text, TermLanguage language)
    {
        var result = MinedTermMerge.Merge(Curated, [Proposal(concept, text, 5, language)]);

        Assert.That(result.Kept, Is.Empty);
        Assert.That(result.AlreadyCurated, Is.EqualTo(1));
    }

    [Test]
    public void Merge_CuratedTermOfAnotherConcept_DroppedNotHijacked()
    {
        // "PA" is curated for protected area: a data set that also says "PA" for something else does not re-point it.
        var result = MinedTermMerge.Merge(Curated, [Proposal("T:CDM", "PA", 8)]);

        Assert.That(result.Kept, Is.Empty);
        Assert.That(result.CuratedForAnotherConcept, Is.EqualTo(1));
    }

    [Test]
    public void Merge_SameTextMinedForTwoConcepts_TheBetterSupportedKeepsIt()
    {
        var result = MinedTermMerge.Merge(Curated, [Proposal("T:CDM", "XY", 3), Proposal("T:VT", "XY", 1)]);

        Assert.That(result.Kept.Select(k => k.ConceptId), Is.EqualTo(new[] { "T:CDM" }));
        Assert.That(result.Conflicting, Is.EqualTo(1));
    }

    [Test]
    public void Merge_SameTextMinedForTwoConceptsEqually_NeitherKeepsIt()
    {
        var result = MinedTermMerge.Merge(Curated, [Proposal("T:CDM", "XY", 2), Proposal("T:VT", "xy", 2)]);

        Assert.That(result.Kept, Is.Empty);
        Assert.That(result.Conflicting, Is.EqualTo(2));
    }

    [Test]
    public void Merge_Always_LeavesTheCuratedTermsAsTheyWere()
    {
        var curated = LexiconSamples.Small();
        var before = curated.Terms.ToList();

        MinedTermMerge.Merge(curated, [Proposal("T:ER", "ER", 9), Proposal("T:PA", "ER", 9)]);

        Assert.That(curated.Terms, Is.EqualTo(before));
    }

    [TestCase(1, ExpectedResult = 0.3f)]
    [TestCase(2, ExpectedResult = 0.4f)]
    [TestCase(4, ExpectedResult = 0.5f)]
    [TestCase(8, ExpectedResult = 0.6f)]
    [TestCase(1000, ExpectedResult = 0.6f)]
    public float WeightFor_SupportingWorks_RisesByATenthPerDoublingUpToSixTenths(int works) =>
        MinedTermProposal.WeightFor(works);

    [Test]
    public void ToTerm_OneWork_SourceSaysOneWork()
    {
        Assert.That(Proposal("T:CDM", "CDM", 1).ToTerm().Source, Is.EqualTo("MINED:1 work"));
    }
}
