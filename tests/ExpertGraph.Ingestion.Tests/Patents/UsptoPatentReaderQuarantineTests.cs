using ExpertGraph.Ingestion.Patents;
using ExpertGraph.Ingestion.Reading;
using ExpertGraph.Tests.Shared;

namespace ExpertGraph.Ingestion.Tests.Patents;

/// <summary>A corrupted copy of a real weekly file: the broken document is quarantined, the others read on.</summary>
[TestFixture]
public sealed class UsptoPatentReaderQuarantineTests
{
    // ipg120327.18.xml, from grep -bn '<?xml': document 5 (D0656300) starts on line 4561 at byte 126840, document 6 on
    // line 4837; line 4790 of document 5 is "</applicants>".
    private const string Source = "records/uspto-patent-xml/patentsview-db-fixtures/xml/ipg120327.18.xml";
    private const int BrokenLine = 4790;

    private string _copy = "";

    [SetUp]
    public void CopyWithOneDocumentBroken()
    {
        var lines = File.ReadAllLines(SharedData.Path(Source));
        Assert.That(lines[BrokenLine - 1], Is.EqualTo("</applicants>"), "the source file is not the one these positions were read from");

        _copy = Path.Combine(Path.GetTempPath(), $"uspto-quarantine-{Guid.NewGuid():N}.xml");
        File.WriteAllLines(_copy, lines.Where((_, index) => index != BrokenLine - 1));
    }

    [TearDown]
    public void DeleteCopy()
    {
        if (File.Exists(_copy)) File.Delete(_copy);
    }

    [Test]
    public void Read_DocumentMissingClosingTag_IsRejectedAtItsStartAndTheRestRead()
    {
        List<ReadResult> results;
        using (var stream = File.OpenRead(_copy))
            results = [.. new UsptoPatentReader().Read(stream, _copy)];

        Assert.That(results, Has.Count.EqualTo(18));
        var rejected = results.Single(r => r.Outcome == ReadOutcome.Rejected);
        Assert.That(rejected.Position, Is.EqualTo(new RecordPosition(5, 4561, 126840)));
        Assert.That(rejected.Reason, Does.Contain("malformed XML"));
        Assert.That(rejected.RawText, Does.StartWith("<?xml").And.Contain("<doc-number>D0656300</doc-number>"));
        Assert.That(results.Count(r => r.Outcome == ReadOutcome.Record), Is.EqualTo(17));

        // Positions after the broken document still match the copy: one line and "</applicants>\n" (14 bytes) fewer.
        Assert.That(results[5].Position, Is.EqualTo(new RecordPosition(6, 4836, 135303 - 14)));
    }

    [Test]
    public void Read_DocumentMissingClosingTag_ReportsTheFileLineOfTheError()
    {
        List<ReadResult> results;
        using (var stream = File.OpenRead(_copy))
            results = [.. new UsptoPatentReader().Read(stream, _copy)];

        // Without </applicants>, </parties> (line 4802 of the original, 4801 of the copy) is the first mismatched end tag.
        Assert.That(results[4].Reason, Does.Contain("file line 4801"));
    }
}
