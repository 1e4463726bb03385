using ExpertGraph.Integration.Tests.Support;
using ExpertGraph.Tests.Shared;

namespace ExpertGraph.Integration.Tests.Cli;

/// <summary>`search --explain` and `lexicon show` with the installed lexicon, on the DBLP sample.</summary>
[TestFixture]
public sealed class LexiconSearchCommandTests
{
    private TempDataFolder _temp = null!;
    private string _data = null!;

    [OneTimeSetUp]
    public void IngestDblp()
    {
        _temp = new TempDataFolder();
        _data = _temp.Sub("data");
        var ingest = CliProcess.Run("ingest", SharedData.Path("records/dblp-xml-sample/dblp-sample.xml"), "--data", _data);
        Assert.That(ingest.ExitCode, Is.Zero, ingest.Output);
    }

    [OneTimeTearDown]
    public void Cleanup() => _temp?.Dispose();

    [Test]
    public void SearchExplain_ChineseQuery_ShowsTheConceptItNamesItsTermsInBothLanguagesAndTheEnglishAuthors()
    {
        var run = CliProcess.Run("search", "语音识别", "--explain", "--limit", "50", "--data", _data);

        Assert.That(run.ExitCode, Is.Zero, run.Output);
        // ACM CCS 10010183 "Speech recognition", whose zh label comes from its CC-CEDICT translation.
        Assert.That(run.Output, Does.Contain("expansion of \"语音识别\" (fully covered by concepts):"));
        Assert.That(run.Output, Does.Contain("* ACM:10010183 语音识别 / Speech recognition (level 6; named by \"语音识别\"; boost"));
        Assert.That(run.Output, Does.Contain("Speech recognition [en preferred]").And.Contain("automatic speech recognition [en synonym]"));
        // dblp-sample.xml: series/cogtech/BertonKHS06 "Speech Recognition." by André Berton and three others.
        Assert.That(run.Output, Does.Contain("André Berton"));
    }

    [Test]
    public void SearchJsonExplain_EnglishQuery_CarriesTheExpansion()
    {
        var run = CliProcess.Run("search", "speech recognition", "--explain", "--format", "json", "--data", _data);

        Assert.That(run.ExitCode, Is.Zero, run.Output);
        Assert.That(run.Output, Does.Contain("\"id\": \"ACM:10010183\"").And.Contain("\"matchedText\": \"speech recognition\""));
    }

    [Test]
    public void SearchTextFile_AbstractOfAProposal_RanksByTheDocumentAndExplainsEachScore()
    {
        // A proposal abstract longer than a keyword query may be, on the DBLP sample's speech recognition papers.
        var abstractFile = Path.Combine(_temp.Root, "proposal.txt");
        File.WriteAllText(abstractFile, string.Join(" ", Enumerable.Repeat(
            "Robust automatic speech recognition for in-car spoken dialogue systems: acoustic models that adapt to noise, "
            + "multimodal interaction and the evaluation of recognition accuracy in real driving conditions.", 8)));

        var run = CliProcess.Run("search", "--text-file", abstractFile, "--explain", "--limit", "50", "--data", _data);

        Assert.That(run.ExitCode, Is.Zero, run.Output);
        Assert.That(run.Output, Does.Contain("experts for the document \"Robust automatic speech recognition"));
        Assert.That(run.Output, Does.Contain("André Berton"));
        Assert.That(run.Output, Does.Contain("why: field similarity × ln(1 + works) = ").And.Contain("why: matching works relevance (relative) = "));
    }

    [Test]
    public void SearchTextFile_WithAQueryToo_IsAUsageError()
    {
        var run = CliProcess.Run("search", "speech", "--text-file", "whatever.txt", "--data", _data);

        Assert.That(run.ExitCode, Is.EqualTo(2), run.Output);
        Assert.That(run.Output, Does.Contain("give either a query or --text-file, not both"));
    }

    [Test]
    public void SearchJson_EveryExpert_CarriesItsReasons()
    {
        var run = CliProcess.Run("search", "speech recognition", "--format", "json", "--data", _data);

        Assert.That(run.ExitCode, Is.Zero, run.Output);
        Assert.That(run.Output, Does.Contain("\"reasons\": [").And.Contain("\"feature\": \"field similarity × ln(1 + works)\""));
    }

    [Test]
    public void Peers_PersonOfTheSample_ListsPeersWithSimilarityStandingAndDistance()
    {
        var run = CliProcess.Run("peers", "P1", "--k", "5", "--any-level", "--data", _data);

        Assert.That(run.ExitCode, Is.Zero, run.Output);
        Assert.That(run.Output, Does.StartWith("peers of ").And.Contain("[P1]: "));
        Assert.That(run.Output, Does.Contain("  1. ").And.Contain(" similarity ").And.Contain(" works (percentile "));
    }

    [Test]
    public void Peers_UnknownPerson_IsOneErrorLine()
    {
        var run = CliProcess.Run("peers", "P999999", "--data", _data);

        Assert.That(run.ExitCode, Is.Not.Zero);
        Assert.That(run.Output, Does.Contain("no person P999999"));
    }

    [Test]
    public void SearchNoExpand_SameQuery_NoExpansionShown()
    {
        var run = CliProcess.Run("search", "speech recognition", "--explain", "--no-expand", "--data", _data);

        Assert.That(run.ExitCode, Is.Zero, run.Output);
        Assert.That(run.Output, Does.Contain("expansion: none"));
    }

    [Test]
    public void LexiconShow_ChineseTerm_ConceptWithAncestorsChildrenAndTerms()
    {
        var run = CliProcess.Run("lexicon", "show", "语音识别", "--data", _data);

        Assert.That(run.ExitCode, Is.Zero, run.Output);
        Assert.That(run.Output, Does.StartWith("ACM:10010183  level 6"));
        Assert.That(run.Output, Does.Contain("  zh: 语音识别").And.Contain("  en: Speech recognition"));
        Assert.That(run.Output, Does.Contain("  ancestors:").And.Contain("  children:").And.Contain("  terms:"));
    }

    [Test]
    public void LexiconShow_UnknownText_OneLineErrorExitOne()
    {
        var run = CliProcess.Run("lexicon", "show", "qqqxz", "--data", _data);

        Assert.That(run.ExitCode, Is.EqualTo(1));
        Assert.That(run.Output, Does.Contain("error: \"qqqxz\" is no concept id and names no concept of the lexicon"));
    }
}
