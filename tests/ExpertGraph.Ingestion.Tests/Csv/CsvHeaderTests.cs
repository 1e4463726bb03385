using System.Text;
using ExpertGraph.Ingestion.Csv;

namespace ExpertGraph.Ingestion.Tests.Csv;

public sealed class CsvHeaderTests
{
    [Test]
    public void TryRead_QuotedNamesAfterByteOrderMark_TrimmedNamesByPosition()
    {
        var header = CsvHeader.TryRead(Encoding.UTF8.GetBytes("\uFEFF\"Authors\", Author(s) ID ,EID\r\nrow,with,values\r\n"));

        Assert.That(header!.Names, Is.EqualTo(new[] { "Authors", "Author(s) ID", "EID" }));
        Assert.That(header.IndexOf("EID"), Is.EqualTo(2));
        Assert.That(header.IndexOf("Title"), Is.EqualTo(-1));
    }

    [TestCase("")]
    [TestCase("\"open,quote\nnever,closed\nat,all\nin,four\nlines\n")]
    public void TryRead_NoValidFirstRecord_IsNull(string head)
    {
        Assert.That(CsvHeader.TryRead(Encoding.UTF8.GetBytes(head)), Is.Null);
    }

    [Test]
    public void Row_ExtraEmptyFieldsAccepted_OtherCountsRejectedWithReason()
    {
        var columns = new CsvColumns(["a", "b"]);

        Assert.That(columns.Row(["1", "2", ""], out _)?.Get("b"), Is.EqualTo("2"));
        Assert.That(columns.Row(["1"], out var reason), Is.Null);
        Assert.That(reason, Is.EqualTo("expected 2 fields, found 1"));
        Assert.That(columns.Row(["1", "2", "3"], out _), Is.Null);
    }

    [Test]
    public void Get_ShiftedRow_ReadsColumnsFromTheShiftOneFieldLater()
    {
        var row = new CsvRow(new CsvColumns(["a", "b", "c"]), ["1", "extra", "2", " 3 "], shiftFrom: 1, shift: 1);

        Assert.That(new[] { row.Get("a"), row.Get("b"), row.Get("c"), row.Get("d") }, Is.EqualTo(new[] { "1", "2", "3", null }));
    }
}
