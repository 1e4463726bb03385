using ExpertGraph.Core.Lexicon;
using ExpertGraph.Core.Model;
using ExpertGraph.Ingestion.LexiconMining;

namespace ExpertGraph.Ingestion.Tests.LexiconMining;

/// <summary>The three files mining writes: the overlay reads back as terms, evidence and candidates as documented.</summary>
public sealed class MinedLexiconFilesTests
{
    [Test]
    public void Mine_TwoPapers_OverlayReadsBackAndSideFilesHaveTheirRows()
    {
        var folder = Directory.CreateTempSubdirectory("eg-mined-").FullName;
        try
        {
            Work[] works =
            [
                new(new SourceKey("test", "W1"), WorkKind.Paper, "Offsets and the Clean Development Mechanism (CDM)"),
                new(new SourceKey("test", "W2"), WorkKind.Paper, "Funds of the Global Environment Facility (GEF)"),
            ];

            var report = LexiconMiner.Mine(works, LexiconSamples.Small(), folder, CancellationToken.None);

            Assert.That(report, Is.EqualTo(new LexiconMiningReport(2, 2, 0, 1, 0, 0, 0, 1, folder)));
            Assert.That(LexiconFiles.ReadTerms(Path.Combine(folder, LexiconMiner.TermsFile)), Is.EqualTo(new[]
            {
                new LexiconTerm("T:CDM", "CDM", TermLanguage.En, TermKind.Abbreviation, 0.3f, "MINED:1 work"),
            }));
            Assert.That(DataLines(Path.Combine(folder, LexiconMiner.EvidenceFile)), Is.EqualTo(new[]
            {
                "concept\ttext\tlang\tkind\tdefinition\twork",
                "T:CDM\tCDM\ten\tabbreviation\tClean Development Mechanism\ttest:W1",
            }));
            Assert.That(DataLines(Path.Combine(folder, LexiconMiner.CandidatesFile)), Is.EqualTo(new[]
            {
                "text\tlang\tkind\tdefinition\tworks\texamples\treason",
                "GEF\ten\tabbreviation\tGlobal Environment Facility\t1\ttest:W2\tno concept",
            }));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string[] DataLines(string path) => [.. File.ReadAllLines(path).Where(l => !l.StartsWith('#'))];
}
