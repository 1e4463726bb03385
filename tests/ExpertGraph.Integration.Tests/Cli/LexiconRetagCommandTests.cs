using ExpertGraph.Core.Lexicon;
using ExpertGraph.Integration.Tests.Support;
using ExpertGraph.Query;
using ExpertGraph.Tests.Shared;

namespace ExpertGraph.Integration.Tests.Cli;

/// <summary>`expertgraph lexicon retag` after the lexicon changed under a store of real records.</summary>
[TestFixture]
public sealed class LexiconRetagCommandTests
{
    [Test]
    public void Retag_AfterTheLexiconChanged_EveryWorkCarriesTheNewLexiconsTagsAndIngestStopsWarning()
    {
        using var temp = new TempDataFolder();
        var data = temp.Sub("data");
        var first = temp.Sub("lexicon-1");
        var second = temp.Sub("lexicon-2");
        WriteLexicon(first, "T:BIO", "biodiversity", "生物多样性");
        WriteLexicon(second, "T:FIN", "finance", "金融");
        var records = SharedData.Path("records/openalex-works-json/works_biodiversity_finance_200.jsonl");
        var ingest = CliProcess.Run(["ingest", records, "--data", data, "--lexicon", first]);
        Assert.That(ingest.ExitCode, Is.Zero, ingest.Output);

        var warned = CliProcess.Run(["ingest", records, "--data", data, "--lexicon", second, "--force"]);
        var retag = CliProcess.Run(["lexicon", "retag", "--data", data, "--lexicon", second]);
        var quiet = CliProcess.Run(["ingest", records, "--data", data, "--lexicon", second, "--force"]);

        Assert.That(warned.Output, Does.Contain("tagged with another lexicon"));
        Assert.That(retag.ExitCode, Is.Zero, retag.Output);
        Assert.That(retag.Output, Does.Contain("tagged 200 works"));
        Assert.That(quiet.Output, Does.Not.Contain("another lexicon"));
        using var workspace = Workspace.Open(new DataDirectory(data), second);
        var tags = workspace.Store.ReadWorks(CancellationToken.None).SelectMany(w => w.Work.Concepts).Select(c => c.ConceptId).Distinct().ToList();
        Assert.That(tags, Is.EqualTo(new[] { "T:FIN" }), "no tag of the first lexicon is left");
        Assert.That(workspace.TagsFromAnotherLexicon, Is.False);
    }

    private static void WriteLexicon(string folder, string id, string english, string chinese) => LexiconFiles.Write(folder, new LexiconData(
        [new Concept(id, 1, [], chinese, english, [id])],
        [
            new LexiconTerm(id, english, TermLanguage.En, TermKind.Preferred, 1f, "TEST"),
            new LexiconTerm(id, chinese, TermLanguage.Zh, TermKind.Preferred, 1f, "TEST"),
        ],
        []), ["test lexicon"]);
}
