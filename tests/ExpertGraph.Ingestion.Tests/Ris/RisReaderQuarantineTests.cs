using ExpertGraph.Ingestion.Reading;
using ExpertGraph.Ingestion.Ris;
using ExpertGraph.Ingestion.Tests.Exports;
using ExpertGraph.Ingestion.Tests.Papers;

namespace ExpertGraph.Ingestion.Tests.Ris;

/// <summary>Corrupted copies of example.ris: a broken record is quarantined at its position and the others are read.</summary>
public sealed class RisReaderQuarantineTests
{
    private string _temp = null!;
    private byte[] _original = null!;

    [SetUp]
    public void CreateTempFolder()
    {
        _temp = RecordFiles.TempFolder();
        _original = File.ReadAllBytes(ExportFiles.Path(ExportFiles.Ris));
    }

    [TearDown]
    public void DeleteTempFolder() => Directory.Delete(_temp, recursive: true);

    [Test]
    public void Read_CopyWithMissingErInvalidUtf8AndStrayText_RejectsThoseAndReadsTheOthers()
    {
        var bytes = _original.ToList();
        // Record 1: its "ER  - " line becomes "XX  - " (same length), so record 2's TY arrives before any ER.
        var er = IndexOf(bytes, "ER  - "u8.ToArray(), 0);
        bytes[er] = (byte)'X';
        bytes[er + 1] = (byte)'X';
        // Record 3 (line 63, byte 3977): a lone continuation byte 0x80 at the start of its title "Brief introduction of TianHe…".
        var third = IndexOf(bytes, "TI  - "u8.ToArray(), IndexOf(bytes, "10.1109/eScience.2019.00063"u8.ToArray(), 0));
        bytes.Insert(third + 6, 0x80);
        var copy = Path.Combine(_temp, "broken.ris");
        File.WriteAllBytes(copy, [.. bytes]);

        var results = RecordFiles.ReadAll(new RisReader(), copy);

        Assert.That(results, Has.Count.EqualTo(25));
        var rejected = results.Where(r => r.Outcome == ReadOutcome.Rejected).ToList();
        Assert.That(rejected.Select(r => r.Position), Is.EqualTo(new[] { new RecordPosition(1, 1, 0), new RecordPosition(3, 63, 3977) }));
        Assert.That(rejected[0].Reason, Is.EqualTo("no ER line before the next TY (line 27)"));
        Assert.That(rejected[1].Reason, Does.StartWith("invalid UTF-8 on line"));
        Assert.That(rejected[0].RawText, Does.StartWith("TY  - JOUR\nTI  - The European Approach to the Exascale Challenge"));
        Assert.That(results[1].Work!.Title, Is.EqualTo("Reference Exascale Architecture"));
        Assert.That(results.Count(r => r.Outcome == ReadOutcome.Record), Is.EqualTo(23));
    }

    [Test]
    public void Read_TruncatedCopy_LastRecordRejectedAsUnclosed()
    {
        // Cut 100 bytes after the last record's DOI (python3: byte 39991 of 43486), before its ER line.
        var last = IndexOf([.. _original], "10.1109/ITHERM.2019.8757229"u8.ToArray(), 0);
        var copy = Path.Combine(_temp, "truncated.ris");
        File.WriteAllBytes(copy, _original[..(last + 100)]);

        var results = RecordFiles.ReadAll(new RisReader(), copy);

        Assert.That(results, Has.Count.EqualTo(25));
        Assert.That(results[^1].Outcome, Is.EqualTo(ReadOutcome.Rejected));
        Assert.That(results[^1].Position.Line, Is.EqualTo(852));
        Assert.That(results[^1].Reason, Does.Contain("not closed by an ER line"));
        Assert.That(results.Take(24).Select(r => r.Outcome), Is.All.EqualTo(ReadOutcome.Record));
    }

    [Test]
    public void Read_TextBetweenRecords_RejectedAsStrayText()
    {
        var text = "TY  - JOUR\nTI  - One\nER  - \nsomething lost\nTY  - JOUR\nTI  - Two\nER  - \n";
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text));

        var results = new RisReader().Read(stream, "x.ris").ToList();

        Assert.That(results.Select(r => r.Outcome), Is.EqualTo(new[] { ReadOutcome.Record, ReadOutcome.Rejected, ReadOutcome.Record }));
        Assert.That(results[1].Position, Is.EqualTo(new RecordPosition(2, 4, 28)));
        Assert.That(results[1].Reason, Is.EqualTo("text outside any TY…ER record"));
        Assert.That(results[1].RawText, Is.EqualTo("something lost"));
    }

    private static int IndexOf(List<byte> bytes, byte[] value, int start)
    {
        var index = bytes.ToArray().AsSpan(start).IndexOf(value);
        Assert.That(index, Is.GreaterThanOrEqualTo(0));
        return start + index;
    }
}
