using System.Text;
using ExpertGraph.Ingestion.Csv;

namespace ExpertGraph.Ingestion.Tests.Csv;

/// <summary>RFC 4180 features the real NSFC files never use (they quote every field and hold no line breaks), on tiny inputs.</summary>
public sealed class CsvRecordReaderTests
{
    [Test]
    public void ReadRecords_DoubledQuotesAndCommaInQuotes_UnescapesField()
    {
        var records = Read("a,\"say \"\"hi\"\", then go\",c\n");

        Assert.That(records[0].Fields, Is.EqualTo(new[] { "a", "say \"hi\", then go", "c" }));
    }

    [Test]
    public void ReadRecords_LineBreakInsideQuotes_OneRecordStartingOnItsFirstLine()
    {
        var records = Read("h1,h2\r\n\"x\",\"two\r\nlines\"\r\ny,z\r\n");

        Assert.That(records, Has.Count.EqualTo(3));
        Assert.That(records[1].Fields, Is.EqualTo(new[] { "x", "two\r\nlines" }));
        Assert.That(records[1].Line, Is.EqualTo(2));
        Assert.That(records[2].Line, Is.EqualTo(4));
        Assert.That(records[2].ByteOffset, Is.EqualTo(25)); // 7 + 10 + 8 bytes;
        Assert.That(records[2].Fields, Is.EqualTo(new[] { "y", "z" }));
    }

    [Test]
    public void ReadRecords_EmptyFieldsAndNoFinalNewline_KeepsEveryField()
    {
        var records = Read("a,,\"\",\n1,2,3,4");

        Assert.That(records[0].Fields, Is.EqualTo(new[] { "a", "", "", "" }));
        Assert.That(records[1].Fields, Is.EqualTo(new[] { "1", "2", "3", "4" }));
    }

    [Test]
    public void ReadRecords_ByteOrderMarkAndBlankLines_SkipsBoth()
    {
        var records = Read("\uFEFFh\n\nv\n\n");

        Assert.That(records.Select(r => r.Fields[0]), Is.EqualTo(new[] { "h", "v" }));
        Assert.That(records[1].Line, Is.EqualTo(3));
    }

    [Test]
    public void ReadRecords_QuoteInsideUnquotedField_KeptAsText()
    {
        var records = Read("5\" disk,b\n");

        Assert.That(records[0].Fields, Is.EqualTo(new[] { "5\" disk", "b" }));
    }

    [Test]
    public void ReadRecords_QuoteOpenedOnMultiLineCap_RejectsFirstLineAndResumes()
    {
        var records = Read("\"open,1\nx,2\ny,3\n", maxRecordLines: 2);

        Assert.That(records[0].Error, Does.Contain("unterminated"));
        Assert.That(records[0].RawText, Is.EqualTo("\"open,1"));
        Assert.That(records.Skip(1).Select(r => r.Fields[0]), Is.EqualTo(new[] { "x", "y" }));
    }

    private static List<CsvRecord> Read(string text, int maxRecordLines = CsvRecordReader.DefaultMaxRecordLines)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));
        return new CsvRecordReader(stream, maxRecordLines).ReadRecords().ToList();
    }
}
