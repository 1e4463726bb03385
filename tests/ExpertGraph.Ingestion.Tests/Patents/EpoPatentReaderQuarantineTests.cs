using System.Text;
using ExpertGraph.Ingestion.Patents;
using ExpertGraph.Ingestion.Reading;
using ExpertGraph.Ingestion.Tests.Papers;
using ExpertGraph.Tests.Shared;

namespace ExpertGraph.Ingestion.Tests.Patents;

/// <summary>Corrupted copies of real EPO documents: rejected with position and reason, the other documents still read.</summary>
public sealed class EpoPatentReaderQuarantineTests
{
    private const string Folder = "records/epo-ep-publication-xml";
    private readonly EpoPatentReader reader = new();
    private string temp = null!;

    [SetUp]
    public void CreateTempFolder() => temp = RecordFiles.TempFolder();

    [TearDown]
    public void DeleteTempFolder() => Directory.Delete(temp, recursive: true);

    [Test]
    public void Read_TruncatedDocument_IsRejectedWithItsRawText()
    {
        var bytes = File.ReadAllBytes(SharedData.Path($"{Folder}/grant/v1-3-B1-1.xml"));
        var copy = Path.Combine(temp, "truncated.xml");
        File.WriteAllBytes(copy, bytes[..(bytes.Length / 2)]);

        var result = RecordFiles.ReadAll(reader, copy).Single();

        Assert.That(result.Outcome, Is.EqualTo(ReadOutcome.Rejected));
        Assert.That(result.Position, Is.EqualTo(new RecordPosition(1, 1, 0)));
        Assert.That(result.Reason, Does.StartWith("malformed XML near file line"));
        Assert.That(result.RawText, Does.Contain("<B110>0791067</B110>"));
    }

    [Test]
    public void Read_ConcatenatedDocumentsWithABrokenOne_ReadsTheOthersAtTheirLines()
    {
        // Three real documents one after another, each opening with its XML declaration; the second loses its end.
        // v1-2-A1-1.xml is 128 lines (wc -l), so the second document starts on line 129.
        var first = File.ReadAllText(SharedData.Path($"{Folder}/application/v1-2-A1-1.xml"));
        var second = File.ReadAllText(SharedData.Path($"{Folder}/grant/v1-3-B1-1.xml"));
        var third = File.ReadAllText(SharedData.Path($"{Folder}/application/v1-0-A1-1.xml"));
        var copy = Path.Combine(temp, "weekly.xml");
        File.WriteAllText(copy, first + second[..(second.Length / 2)] + "\n" + third + "\n", new UTF8Encoding(false));

        var results = RecordFiles.ReadAll(reader, copy);

        Assert.That(results.Select(r => r.Outcome), Is.EqualTo(new[] { ReadOutcome.Record, ReadOutcome.Rejected, ReadOutcome.Record }));
        Assert.That(results[0].Work!.Key.Id, Is.EqualTo("EP1874102A1"));
        Assert.That(results[1].Position.RecordNumber, Is.EqualTo(2));
        Assert.That(results[1].Position.Line, Is.EqualTo(129));
        Assert.That(results[1].Position.ByteOffset, Is.EqualTo(Encoding.UTF8.GetByteCount(first)));
        Assert.That(results[2].Work!.Key.Id, Is.EqualTo("EP1605745A1"));
    }

    [Test]
    public void Read_DocumentOfAnotherKind_IsRejectedNamingItsRoot()
    {
        var copy = Path.Combine(temp, "other.xml");
        File.WriteAllText(copy, "<?xml version=\"1.0\"?>\n<us-patent-grant><x/></us-patent-grant>\n");

        var result = RecordFiles.ReadAll(reader, copy).Single();

        Assert.That(result.Outcome, Is.EqualTo(ReadOutcome.Rejected));
        Assert.That(result.Reason, Is.EqualTo("not an EPO patent document: root element <us-patent-grant>"));
    }
}
