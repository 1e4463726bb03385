using System.Text;
using ExpertGraph.Ingestion.Cnki;
using ExpertGraph.Ingestion.Reading;
using ExpertGraph.Ingestion.Tests.Papers;
using ExpertGraph.Tests.Shared;

namespace ExpertGraph.Ingestion.Tests.Cnki;

public sealed class CnkiNoteExpressReaderQuarantineTests
{
    private readonly CnkiNoteExpressReader reader = new();
    private string temp = null!;
    private string original = null!;

    [SetUp]
    public void CreateTempFolder()
    {
        temp = RecordFiles.TempFolder();
        original = File.ReadAllText(SharedData.Path("records/cnki-noteexpress/tests/assets/Classic5Test.net"), Encoding.UTF8);
    }

    [TearDown]
    public void DeleteTempFolder() => Directory.Delete(temp, recursive: true);

    [Test]
    public void Read_CopyWithRecordWithoutTitle_RejectsItAtItsPositionAndReadsTheOthers()
    {
        // Record 4 (line 41, byte 4926, grep -n -b '^{Reference Type}') loses its {Title} line, which comes after its start.
        var text = original.Replace("{Title}: 斜入射时Salisbury屏电磁参数匹配规律研究\n", "", StringComparison.Ordinal);
        var copy = Write("untitled.net", text);

        var results = RecordFiles.ReadAll(reader, copy);

        Assert.That(results.Select(r => r.Outcome), Is.EqualTo(new[] { ReadOutcome.Record, ReadOutcome.Record, ReadOutcome.Record, ReadOutcome.Rejected, ReadOutcome.Record }));
        Assert.That(results[3].Position, Is.EqualTo(new RecordPosition(4, 41, 4926)));
        Assert.That(results[3].Reason, Is.EqualTo("Journal Article record without {Title}"));
        Assert.That(results[3].RawText, Does.StartWith("{Reference Type}: Journal Article\n{Author}: 张海丰;"));
        Assert.That(results[4].Work!.Title, Is.EqualTo("三维真比例导引律大气层外拦截真任意机动目标的性能分析"));
    }

    [Test]
    public void Read_CopyWithTextBeforeTheFirstRecord_RejectsTheTextAndReadsEveryRecord()
    {
        var copy = Write("preamble.net", "exported by hand\n" + original);

        var results = RecordFiles.ReadAll(reader, copy);

        Assert.That(reader.CanRead(RecordFiles.Head(copy), copy), Is.False);
        Assert.That(results, Has.Count.EqualTo(6));
        Assert.That(results[0].Outcome, Is.EqualTo(ReadOutcome.Rejected));
        Assert.That(results[0].Reason, Is.EqualTo("text before the first {Reference Type} line, not a record"));
        Assert.That(results[0].RawText, Is.EqualTo("exported by hand"));
        Assert.That(results.Skip(1).Select(r => r.Outcome), Is.All.EqualTo(ReadOutcome.Record));
        Assert.That(results[1].Position, Is.EqualTo(new RecordPosition(2, 2, 17)));
    }

    [Test]
    public void Read_CopyCutInsideARecord_ReadsWhatTheLastRecordHas()
    {
        var cut = original.IndexOf("{Author}: 黎克波", StringComparison.Ordinal);
        var copy = Write("truncated.net", original[..cut]);

        var results = RecordFiles.ReadAll(reader, copy);

        Assert.That(results, Has.Count.EqualTo(5));
        Assert.That(results[4].Work!.Title, Is.EqualTo("三维真比例导引律大气层外拦截真任意机动目标的性能分析"));
        Assert.That(results[4].Work!.Authors, Is.Empty);
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(temp, name);
        File.WriteAllText(path, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        return path;
    }
}
