using System.Text;
using ExpertGraph.Ingestion.Papers;
using ExpertGraph.Ingestion.Reading;
using ExpertGraph.Tests.Shared;

namespace ExpertGraph.Ingestion.Tests.Papers;

public sealed class DblpXmlReaderQuarantineTests
{
    private readonly DblpXmlReader reader = new();
    private string temp = null!;
    private string original = null!;

    [SetUp]
    public void CreateTempFolder()
    {
        temp = RecordFiles.TempFolder();
        original = File.ReadAllText(SharedData.Path("records/dblp-xml-sample/dblp-sample.xml"), Encoding.Latin1);
    }

    [TearDown]
    public void DeleteTempFolder() => Directory.Delete(temp, recursive: true);

    [Test]
    public void Read_CopyWithThreeBrokenRecords_RejectsEachAtItsPositionAndReadsTheOthers()
    {
        // Same-length edits, so every record keeps its line and byte offset (grep -b -n):
        // record 3 (line 24, byte 945): its </title> (line 29) becomes </titel>, a mismatched end tag;
        // record 22 (line 237, byte 9726): Andr&eacute; becomes Andr&bogus_; an entity no table knows;
        // record 116 (line 1374, byte 55841): its </incollection> is blanked, so record 117 (line 1387) starts before it ends.
        var text = RecordFiles.ReplaceFirst(original, "<title>Speech Recognition.</title>", "<title>Speech Recognition.</titel>");
        text = RecordFiles.ReplaceFirst(text, "<author>Elisabeth Andr&eacute;</author>", "<author>Elisabeth Andr&bogus_;</author>");
        text = RecordFiles.ReplaceFirst(text, "<url>db/series/cogtech/354089408.html#AutexierBDS11</url>\n</incollection>",
            "<url>db/series/cogtech/354089408.html#AutexierBDS11</url>\n               ");
        var copy = Write("broken.xml", text);

        var results = RecordFiles.ReadAll(reader, copy);

        Assert.That(results, Has.Count.EqualTo(1288));
        var rejected = results.Where(r => r.Outcome == ReadOutcome.Rejected).ToList();
        Assert.That(rejected.Select(r => r.Position), Is.EqualTo(new[]
        {
            new RecordPosition(3, 24, 945),
            new RecordPosition(22, 237, 9726),
            new RecordPosition(116, 1374, 55841),
        }));
        Assert.That(rejected[0].Reason, Does.StartWith("malformed XML").And.Contain("file line 29"));
        Assert.That(rejected[1].Reason, Does.Contain("bogus_"));
        Assert.That(rejected[2].Reason, Does.Contain("no end tag"));
        Assert.That(rejected[0].RawText, Does.StartWith("<incollection mdate=\"2013-09-10\" key=\"series/cogtech/BertonKHS06\">"));
        Assert.That(results.Count(r => r.Outcome == ReadOutcome.Record), Is.EqualTo(1285));
        Assert.That(results[116].Work!.Key.Id, Is.EqualTo("series/cogtech/GabbayS11"));
        Assert.That(results[116].Position.Line, Is.EqualTo(1387));
    }

    [Test]
    public void Read_CopyWithoutDoctypeLine_ReadsTheSameRecords()
    {
        // Real dumps may lack "<!DOCTYPE dblp SYSTEM "dblp.dtd">" (34 bytes with its newline, line 2).
        var text = RecordFiles.ReplaceFirst(original, "<!DOCTYPE dblp SYSTEM \"dblp.dtd\">\n", "");
        var copy = Write("no-doctype.xml", text);

        var results = RecordFiles.ReadAll(reader, copy);

        Assert.That(reader.CanRead(RecordFiles.Head(copy), copy), Is.True);
        Assert.That(results.Count(r => r.Outcome == ReadOutcome.Record), Is.EqualTo(1288));
        Assert.That(results[0].Position, Is.EqualTo(new RecordPosition(1, 3, 51)));
        Assert.That(results[2].Work!.Authors[0].RawName, Is.EqualTo("André Berton"));
    }

    [Test]
    public void Read_CopyWithPersonPageAndMissingTitle_SkipsTheOneAndRejectsTheOther()
    {
        const string personPage = "<www mdate=\"2013-01-01\" key=\"homepages/s/MarkusSchmitt2\">\n<author>Markus Schmitt 0002</author>\n<title>Home Page</title>\n</www>\n";
        var text = RecordFiles.ReplaceFirst(original, "<title>Speech Recognition.</title>\n", "");
        text = RecordFiles.ReplaceFirst(text, "<dblp>\n", "<dblp>\n" + personPage);
        var copy = Write("www.xml", text);

        var results = RecordFiles.ReadAll(reader, copy);

        Assert.That(results, Has.Count.EqualTo(1289));
        Assert.That((results[0].Outcome, results[0].Position.Line), Is.EqualTo((ReadOutcome.Skipped, 4L)));
        Assert.That(results[0].Reason, Does.Contain("www"));
        Assert.That((results[3].Outcome, results[3].Reason), Is.EqualTo((ReadOutcome.Rejected, "missing title")));
        Assert.That(results.Count(r => r.Outcome == ReadOutcome.Record), Is.EqualTo(1287));
    }

    /// <summary>Replaces the first occurrence only: the same author line recurs in later records.</summary>

    private string Write(string name, string text)
    {
        var path = Path.Combine(temp, name);
        File.WriteAllText(path, text, Encoding.Latin1);
        return path;
    }
}
