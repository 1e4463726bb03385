using ExpertGraph.Resolution.Gold;

namespace ExpertGraph.Resolution.Tests.Gold;

public class Rfc4180ReaderTests
{
    private static List<CsvRow> Read(string text) => Rfc4180Reader.Read(new StringReader(text)).ToList();

    [Test]
    public void Read_QuotedCommaAndDoubledQuote_OneField()
    {
        var rows = Read("a,\"Long, III\",\"say \"\"hi\"\"\",\"\"\r\n");
        Assert.That(rows.Single().Fields, Is.EqualTo(new[] { "a", "Long, III", "say \"hi\"", "" }));
        Assert.That(rows[0].Error, Is.Null);
    }

    [Test]
    public void Read_LineBreakInQuotes_RecordKeepsItsStartLine()
    {
        var rows = Read("h1,h2\n\"x\ny\",z\nlast,row");
        Assert.That(rows.Select(r => r.Line), Is.EqualTo(new[] { 1, 2, 4 }));
        Assert.That(rows[1].Fields, Is.EqualTo(new[] { "x\ny", "z" }));
        Assert.That(rows[2].Fields, Is.EqualTo(new[] { "last", "row" }));
    }

    [Test]
    public void Read_QuoteNeverClosed_ErrorNamesTheOpeningLine()
    {
        var rows = Read("ok,1\n\"open,2\nmore");
        Assert.That(rows[1].Line, Is.EqualTo(2));
        Assert.That(rows[1].Error, Does.Contain("opened on line 2"));
    }

    [Test]
    public void Read_TextAfterClosingQuote_ErrorAndNextRecordStillRead()
    {
        var rows = Read("\"a\"b,c\nd,e\n");
        Assert.That(rows[0].Error, Is.EqualTo("text after the closing quote of field 1 at position 4"));
        Assert.That(rows[1].Fields, Is.EqualTo(new[] { "d", "e" }));
        Assert.That(rows[1].Error, Is.Null);
    }

    [Test]
    public void Read_QuoteInsideUnquotedField_KeptAsText() =>
        Assert.That(Read("5\" disk,x\n").Single().Fields, Is.EqualTo(new[] { "5\" disk", "x" }));
}
