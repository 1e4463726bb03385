using ExpertGraph.Core.Lexicon;
using ExpertGraph.Integration.Tests.Support;
using ExpertGraph.Tests.Shared;

namespace ExpertGraph.Integration.Tests.Cli;

/// <summary>`expertgraph lexicon mine` on a store of real records, against a small hand-built lexicon.</summary>
[TestFixture]
public sealed class LexiconMineCommandTests
{
    [Test]
    public void LexiconMine_RealOpenAlexAndNsfcRecords_DefinitionsFoundByHandInOverlayAndCandidates()
    {
        using var temp = new TempDataFolder();
        var data = temp.Sub("data");
        var lexicon = temp.Sub("lexicon");
        WriteLexicon(lexicon);
        var ingest = CliProcess.Run(["ingest",
            SharedData.Path("records/openalex-works-json/works_biodiversity_finance_200.jsonl"),
            SharedData.Path("records/nsfc-china-grants/22_23/C07/C0701.csv"),
            "--data", data]);
        Assert.That(ingest.ExitCode, Is.Zero, ingest.Output);

        var run = CliProcess.Run(["lexicon", "mine", "--data", data, "--lexicon", lexicon]);

        Assert.That(run.ExitCode, Is.Zero, run.Output);
        // 200 OpenAlex works and the 43 projects of C0701.csv.
        Assert.That(run.Output, Does.Contain("works read: 243"));
        var mined = Path.Combine(data, "lexicon");
        var terms = LexiconFiles.ReadTerms(Path.Combine(mined, "mined-terms.tsv"));
        // W2125576237's abstract: "… under the Clean Development Mechanism (CDM) …".
        Assert.That(terms, Does.Contain(new LexiconTerm("T:CDM", "CDM", TermLanguage.En, TermKind.Abbreviation, 0.3f, "MINED:1 work")));
        // Six projects of C0701.csv have the keyword "囊泡转运(vesicle trafficking)" (91954102, …104, …107, …121, …123, …126).
        Assert.That(terms, Does.Contain(new LexiconTerm("T:VT", "囊泡转运", TermLanguage.Zh, TermKind.Translation, 0.558f, "MINED:6 works")));
        // "内质网(endoplasmic reticulum)" is the curated label pair of T:ER: not mined again.
        Assert.That(terms.Select(t => t.Text), Has.None.EqualTo("内质网"));
        Assert.That(File.ReadAllLines(Path.Combine(mined, "mined-evidence.tsv")),
            Does.Contain("T:CDM\tCDM\ten\tabbreviation\tClean Development Mechanism\topenalex:W2125576237"));
        // "Global Environment Facility (GEF)" in six abstracts (W1574287561, W2016584973, W2094612512, W2180613954,
        // W262656637, W2896811978); the small lexicon has no such concept, so it waits for a curator.
        Assert.That(File.ReadAllLines(Path.Combine(mined, "mined-candidates.tsv")), Does.Contain(
            "GEF\ten\tabbreviation\tGlobal Environment Facility\t6\topenalex:W1574287561|openalex:W2016584973|openalex:W2094612512\tno concept"));
    }

    [Test]
    public void LexiconMine_NoLexiconFolder_OneLineErrorNamingIt()
    {
        using var temp = new TempDataFolder();
        var missing = Path.Combine(temp.Root, "no-lexicon");

        var run = CliProcess.Run(["lexicon", "mine", "--data", temp.Sub("data"), "--lexicon", missing]);

        Assert.That(run.ExitCode, Is.EqualTo(1), run.Output);
        Assert.That(run.Output, Does.Contain($"error: no lexicon in {missing}"));
    }

    private static void WriteLexicon(string folder) => LexiconFiles.Write(folder, new LexiconData(
        [
            new Concept("T:CDM", 1, [], "", "Clean Development Mechanism", ["T:CDM"]),
            new Concept("T:ER", 1, [], "内质网", "endoplasmic reticulum", ["T:ER"]),
            new Concept("T:VT", 1, [], "", "vesicle trafficking", ["T:VT"]),
        ],
        [
            new LexiconTerm("T:CDM", "Clean Development Mechanism", TermLanguage.En, TermKind.Preferred, 1f, "TEST"),
            new LexiconTerm("T:ER", "内质网", TermLanguage.Zh, TermKind.Preferred, 1f, "TEST"),
            new LexiconTerm("T:ER", "endoplasmic reticulum", TermLanguage.En, TermKind.Preferred, 1f, "TEST"),
            new LexiconTerm("T:VT", "vesicle trafficking", TermLanguage.En, TermKind.Preferred, 1f, "TEST"),
        ],
        []), ["test lexicon"]);
}
