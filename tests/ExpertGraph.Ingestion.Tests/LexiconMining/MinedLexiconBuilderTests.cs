using ExpertGraph.Core.Lexicon;
using ExpertGraph.Core.Model;
using ExpertGraph.Ingestion.LexiconMining;

namespace ExpertGraph.Ingestion.Tests.LexiconMining;

/// <summary>From works to overlay, evidence and candidates, against a small hand-built lexicon.</summary>
public sealed class MinedLexiconBuilderTests
{
    private static Work Paper(string id, string title, string? abstractText = null) =>
        new(new SourceKey("test", id), WorkKind.Paper, title) { Abstract = abstractText };

    private static Work Project(string id, params string[] keywords) =>
        new(new SourceKey("nsfc", id), WorkKind.Project, "项目") { Keywords = keywords, Language = "zh" };

    private static MinedLexicon Mine(params Work[] works)
    {
        var builder = new MinedLexiconBuilder(LexiconSamples.Small());
        foreach (var work in works) builder.Add(work);
        return builder.Build();
    }

    [Test]
    public void Build_AbbreviationOfAConceptsLabel_TermOfThatConceptWithItsWorks()
    {
        var mined = Mine(
            Paper("W1", "Carbon markets", "Projects under the Clean Development Mechanism (CDM) grew."),
            Paper("W2", "Offsets and the clean development mechanism (CDM)"),
            Paper("W3", "Nothing defined here"));

        Assert.That(mined.Terms, Is.EqualTo(new[]
        {
            new LexiconTerm("T:CDM", "CDM", TermLanguage.En, TermKind.Abbreviation, 0.4f, "MINED:2 works"),
        }));
        Assert.That(mined.Evidence.Select(e => (e.ConceptId, e.Text, e.Work)).Order(), Is.EqualTo(new[]
        {
            ("T:CDM", "CDM", "test:W1"),
            ("T:CDM", "CDM", "test:W2"),
        }));
        Assert.That((mined.WorksRead, mined.AbbreviationsFound, mined.PairsFound), Is.EqualTo((3, 2, 0)));
    }

    [Test]
    public void Build_ChineseKeywordWithItsEnglish_TranslationOfTheEnglishConcept()
    {
        var mined = Mine(Project("1", "囊泡转运(vesicle trafficking)", "盐胁迫"), Project("2", "囊泡转运（Vesicle Trafficking）"));

        Assert.That(mined.Terms, Is.EqualTo(new[]
        {
            new LexiconTerm("T:VT", "囊泡转运", TermLanguage.Zh, TermKind.Translation, 0.4f, "MINED:2 works"),
        }));
    }

    [Test]
    public void Build_PairAlreadyCurated_NoTermAndCountedAsCurated()
    {
        var mined = Mine(Project("1", "内质网(endoplasmic reticulum)"));

        Assert.That(mined.Terms, Is.Empty);
        Assert.That(mined.Merge.AlreadyCurated, Is.EqualTo(1));
        Assert.That(mined.Candidates, Is.Empty);
    }

    [Test]
    public void Build_LongFormNamingNoConcept_CandidateWithItsWorks()
    {
        var mined = Mine(
            Paper("W1", "t", "funds of the Global Environment Facility (GEF) went"),
            Paper("W2", "t", "and the global environment facility (GEF)."));

        Assert.That(mined.Terms, Is.Empty);
        Assert.That(mined.Candidates, Has.Count.EqualTo(1));
        var candidate = mined.Candidates[0];
        Assert.That((candidate.Text, candidate.Kind, candidate.Pair, candidate.Reason), Is.EqualTo(("GEF", TermKind.Abbreviation, "Global Environment Facility", "no concept")));
        Assert.That(candidate.Works, Is.EqualTo(new[] { "test:W1", "test:W2" }));
    }

    [Test]
    public void Build_EnglishNamingTwoConceptsEqually_AmbiguousCandidate()
    {
        var mined = Mine(Project("1", "细胞(cell)"));

        Assert.That(mined.Terms, Is.Empty);
        Assert.That(mined.Candidates.Select(c => (c.Text, c.Reason)), Is.EqualTo(new[] { ("细胞", "ambiguous: T:CELL|T:CELL2") }));
    }

    [Test]
    public void Build_SameWorkDefiningTwice_CountsOneWork()
    {
        var mined = Mine(Paper("W1", "The Clean Development Mechanism (CDM)", "More on the Clean Development Mechanism (CDM) here."));

        Assert.That(mined.Terms.Single().Source, Is.EqualTo("MINED:1 work"));
        Assert.That(mined.AbbreviationsFound, Is.EqualTo(2));
    }
}
