using System.Text;
using ExpertGraph.Ingestion.Reading;
using ExpertGraph.Ingestion.Tests.Papers;
using ExpertGraph.Ingestion.WebOfScience;
using ExpertGraph.Tests.Shared;

namespace ExpertGraph.Ingestion.Tests.WebOfScience;

/// <summary>
/// Corrupted copies of TwoPaper.isi (record 1 on lines 3–47, record 2 on lines 49–93, EF on line 95): the broken record is
/// quarantined with the line it broke on, the other one is read, and nothing throws.
/// </summary>
public sealed class WosTaggedReaderQuarantineTests
{
    private const string TwoPaper = WosFiles.MetaknowledgeTests + "TwoPaper.isi";
    private readonly WosTaggedReader _reader = new();

    [Test]
    public void Read_FirstRecordLosesItsEr_ItIsQuarantinedAndTheSecondRead()
    {
        var results = ReadCorrupted(lines => lines.RemoveAt(46));

        AssertRecord1Rejected(results, "no ER closes the record before the next record starts on line 48");
        Assert.That(results[1].Position.Line, Is.EqualTo(48));
        Assert.That(results[1].Work!.Key.Id, Is.EqualTo("WOS:000168001500006"));
    }

    [Test]
    public void Read_FileCutInsideTheLastRecord_QuarantinesItAsTruncated()
    {
        var results = ReadCorrupted(lines => lines.RemoveRange(70, lines.Count - 70));

        Assert.That(results[0].Work!.Key.Id, Is.EqualTo("WOS:000086967200001"));
        Assert.That(results[1].Outcome, Is.EqualTo(ReadOutcome.Rejected));
        Assert.That(results[1].Position.Line, Is.EqualTo(49));
        Assert.That(results[1].Reason, Does.Contain("the file ends on line 70 before an ER closes the record"));
    }

    [Test]
    public void Read_EfBeforeTheLastRecordsEr_QuarantinesThatRecord()
    {
        var results = ReadCorrupted(lines => lines[92] = "EF");

        Assert.That(results, Has.Count.EqualTo(2));
        Assert.That(results[1].Outcome, Is.EqualTo(ReadOutcome.Rejected));
        Assert.That(results[1].Reason, Does.Contain("EF, line 93"));
    }

    [Test]
    public void Read_FieldRepeated_QuarantinesTheRecord()
    {
        // Line 27 is "TC 1": a second TC after it.
        var results = ReadCorrupted(lines => lines.Insert(27, "TC 2"));

        AssertRecord1Rejected(results, "field TC appears twice in the record (again on line 28)");
        Assert.That(results[1].Outcome, Is.EqualTo(ReadOutcome.Record));
    }

    [Test]
    public void Read_TagLineWithoutItsSpace_QuarantinesTheRecordWithTheLine()
    {
        var results = ReadCorrupted(lines => lines[5] = "TISupervenience and causation: A probabilistic approach");

        AssertRecord1Rejected(results, "line 6 is neither a field");
        Assert.That(results[0].RawText, Does.Contain("TISupervenience"));
    }

    [Test]
    public void Read_ContinuationIndentedByTwoSpaces_QuarantinesTheRecord()
    {
        var results = ReadCorrupted(lines => lines.Insert(4, "  Lee, J"));

        AssertRecord1Rejected(results, "line 5 is neither a field");
    }

    [Test]
    public void Read_InvalidUtf8InARecord_QuarantinesThatRecordOnly()
    {
        var bytes = File.ReadAllBytes(SharedData.Path(TwoPaper));
        // Break a byte of record 2's title line (line 52).
        var title = IndexOf(bytes, "TI Physical process");
        bytes[title + 3] = 0xFF;

        var results = WosFiles.Read(_reader, bytes);

        Assert.That(results[0].Outcome, Is.EqualTo(ReadOutcome.Record));
        Assert.That(results[1].Outcome, Is.EqualTo(ReadOutcome.Rejected));
        Assert.That(results[1].Reason, Is.EqualTo("invalid UTF-8 on line 52"));
        Assert.That(results[1].RawText, Does.Contain("TI \uFFFDhysical process"));
    }

    [Test]
    public void Read_RecordWithoutTitle_IsQuarantined()
    {
        var results = ReadCorrupted(lines => lines.RemoveRange(5, 1));

        AssertRecord1Rejected(results, "no TI (title)");
    }

    [Test]
    public void Read_YearThatIsNoNumber_IsQuarantined()
    {
        var results = ReadCorrupted(lines => lines[35] = "PY 2OOO");

        AssertRecord1Rejected(results, "PY '2OOO' is not a number");
    }

    [Test]
    public void Read_TwoExportsConcatenated_ReadAsOne()
    {
        var bytes = File.ReadAllBytes(SharedData.Path(TwoPaper));
        var twice = bytes.Concat(bytes).ToArray();

        var results = WosFiles.Read(_reader, twice);

        Assert.That(results.Select(r => r.Outcome), Is.EqualTo(Enumerable.Repeat(ReadOutcome.Record, 4)));
        Assert.That(results.Select(r => r.Position.RecordNumber), Is.EqualTo(new long[] { 1, 2, 3, 4 }));
        // The second copy's header (BOM included) sits on lines 96 and 97.
        Assert.That(results[2].Position.Line, Is.EqualTo(98));
    }

    [TestCase(WosFiles.MetaknowledgeTests + "testFile.isi", false)]
    [TestCase(WosFiles.TabFolder + "wos_2026_04_02_4071.txt", true)]
    public void Read_InSevenByteReads_GivesTheSameResults(string relativePath, bool tabDelimited)
    {
        IRecordReader reader = tabDelimited ? new WosTabReader() : _reader;
        var path = SharedData.Path(relativePath);
        var whole = WosFiles.Read(reader, relativePath);
        using var trickle = new TrickleStream(File.OpenRead(path), 7);

        var trickled = reader.Read(trickle, path).ToList();

        Assert.That(trickled.Select(r => r.ToString()), Is.EqualTo(whole.Select(r => r.ToString())));
        Assert.That(trickled.Select(r => r.Work?.Authors.Count), Is.EqualTo(whole.Select(r => r.Work?.Authors.Count)));
    }

    private List<ReadResult> ReadCorrupted(Action<List<string>> corrupt)
    {
        var text = File.ReadAllText(SharedData.Path(TwoPaper), new UTF8Encoding(false));
        var lines = text.Split('\n').ToList();
        corrupt(lines);
        return WosFiles.Read(_reader, Encoding.UTF8.GetBytes(string.Join('\n', lines)));
    }

    private static void AssertRecord1Rejected(List<ReadResult> results, string reasonPart)
    {
        Assert.That(results[0].Outcome, Is.EqualTo(ReadOutcome.Rejected));
        Assert.That(results[0].Position.RecordNumber, Is.EqualTo(1));
        Assert.That(results[0].Position.Line, Is.EqualTo(3));
        Assert.That(results[0].Reason, Does.Contain(reasonPart));
        Assert.That(results[0].RawText, Does.StartWith("PT J\nAU Kim, S\n"));
    }

    private static int IndexOf(byte[] bytes, string text)
    {
        var needle = Encoding.UTF8.GetBytes(text);
        return bytes.AsSpan().IndexOf(needle);
    }
}
