using System.Text;
using ExpertGraph.Core.Model;
using ExpertGraph.Ingestion.Medline;
using ExpertGraph.Ingestion.Reading;
using ExpertGraph.Ingestion.Tests.Papers;

namespace ExpertGraph.Ingestion.Tests.Medline;

/// <summary>Corrupted copies of medline16n0902.xml (decompressed): each broken citation is rejected where it is, the others read.</summary>
public sealed class PubmedXmlReaderQuarantineTests
{
    private readonly PubmedXmlReader reader = new();
    private string temp = null!;
    private string original = null!;

    [SetUp]
    public void CreateTempFolder()
    {
        temp = RecordFiles.TempFolder();
        original = MedlineFiles.Text(MedlineFiles.Medline2016);
    }

    [TearDown]
    public void DeleteTempFolder() => Directory.Delete(temp, recursive: true);

    [Test]
    public void Read_CopyWithThreeBrokenCitations_RejectsEachAtItsPositionAndReadsTheOthers()
    {
        // Same-length edits, so every citation keeps its line and byte offset (grep -n, and the byte count of the lines before):
        // citation 2 (line 133, byte 5722): its </ArticleTitle> (line 163) becomes </ArticleTitel>, a mismatched end tag;
        // citation 3 (line 295, byte 12256): its PMID element (line 296) is renamed PMIX, so it has no PMID;
        // citation 100 (line 33816, byte 1365788): its </MedlineCitation> (line 33931) is blanked, so citation 101 starts before it ends.
        var text = RecordFiles.ReplaceFirst(original, "predictors of alcohol use after liver transplantation for alcoholic liver disease.</ArticleTitle>",
            "predictors of alcohol use after liver transplantation for alcoholic liver disease.</ArticleTitel>");
        text = RecordFiles.ReplaceFirst(text, "<PMID Version=\"1\">19602546</PMID>", "<PMIX Version=\"1\">19602546</PMIX>");
        text = RecordFiles.ReplaceFirst(text, "<CitationSubset>IM</CitationSubset>\n</MedlineCitation>\n<MedlineCitation Owner=\"NLM\" Status=\"In-Process\">\n<PMID Version=\"1\">25359600</PMID>",
            "<CitationSubset>IM</CitationSubset>\n                  \n<MedlineCitation Owner=\"NLM\" Status=\"In-Process\">\n<PMID Version=\"1\">25359600</PMID>");
        var copy = Write("broken.xml", text);

        var results = RecordFiles.ReadAll(reader, copy);

        Assert.That(results, Has.Count.EqualTo(605));
        var rejected = results.Where(r => r.Outcome == ReadOutcome.Rejected).ToList();
        Assert.That(rejected.Select(r => r.Position), Is.EqualTo(new[]
        {
            new RecordPosition(2, 133, 5722),
            new RecordPosition(3, 295, 12256),
            new RecordPosition(100, 33816, 1365788),
        }));
        Assert.That(rejected[0].Reason, Does.StartWith("malformed XML").And.Contain("file line 163"));
        Assert.That(rejected[1].Reason, Is.EqualTo("missing PMID"));
        Assert.That(rejected[2].Reason, Does.Contain("no end tag"));
        Assert.That(rejected[0].RawText, Does.StartWith("<MedlineCitation Owner=\"NLM\" Status=\"MEDLINE\">\n<PMID Version=\"1\">18621939</PMID>"));
        Assert.That(results.Count(r => r.Outcome == ReadOutcome.Record), Is.EqualTo(601));
        Assert.That(results[100].Work!.Key, Is.EqualTo(new SourceKey("pubmed", "25359600")));
        Assert.That(results[100].Position.Line, Is.EqualTo(33932));
    }

    [Test]
    public void Read_TruncatedCopy_RejectsTheCutCitationAndKeepsTheOnesBefore()
    {
        // Cut in the middle of citation 101's title: the file ends inside it, as a download that broke off would.
        var cut = original.IndexOf("<PMID Version=\"1\">25359600</PMID>", StringComparison.Ordinal) + 200;
        var copy = Write("truncated.xml", original[..cut]);

        var results = RecordFiles.ReadAll(reader, copy);

        Assert.That(results, Has.Count.EqualTo(101));
        Assert.That(results.Take(100).Select(r => r.Outcome), Is.All.EqualTo(ReadOutcome.Record));
        Assert.That(results[100].Outcome, Is.EqualTo(ReadOutcome.Rejected));
        Assert.That(results[100].Position, Is.EqualTo(new RecordPosition(101, 33932, 1370578)));
        Assert.That(results[100].Reason, Does.Contain("<MedlineCitation> record has no end tag"));
    }

    [Test]
    public void Read_CitationWithoutTitle_IsRejectedWithItsPmid()
    {
        var text = RecordFiles.ReplaceFirst(original, "<ArticleTitle>Prediction of muscle-invasive bladder cancer using urinary proteomics.</ArticleTitle>", "<ArticleTitle> </ArticleTitle>");
        var copy = Write("untitled.xml", text);

        var rejected = RecordFiles.ReadAll(reader, copy).Single(r => r.Outcome == ReadOutcome.Rejected);

        Assert.That(rejected.Position.RecordNumber, Is.EqualTo(3));
        Assert.That(rejected.Reason, Is.EqualTo("PMID 19602546: missing ArticleTitle"));
    }

    [Test]
    public void Read_FileOfAnotherXmlFormat_ThrowsNamingTheFileAndItsRoot()
    {
        var copy = Write("dblp.xml", "<?xml version=\"1.0\"?>\n<dblp>\n<article key=\"a/b\"><title>T</title></article>\n</dblp>\n");

        var error = Assert.Throws<UnknownFormatException>(() => RecordFiles.ReadAll(reader, copy));

        Assert.That(error!.Message, Does.Contain(copy).And.Contain("<dblp>"));
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(temp, name);
        File.WriteAllText(path, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        return path;
    }
}
