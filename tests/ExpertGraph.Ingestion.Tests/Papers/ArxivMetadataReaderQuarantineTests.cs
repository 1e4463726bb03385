using ExpertGraph.Ingestion.Papers;
using ExpertGraph.Ingestion.Reading;
using ExpertGraph.Tests.Shared;

namespace ExpertGraph.Ingestion.Tests.Papers;

/// <summary>Corrupted copies of the real arXiv sample: the bad line is rejected at its position, the rest reads.</summary>
public sealed class ArxivMetadataReaderQuarantineTests
{
    private const string Sample = "records/arxiv-metadata-snapshot-sample/arxiv-metadata-oai-snapshot.sample.jsonl";
    private readonly ArxivMetadataReader reader = new();
    private string temp = null!;

    [SetUp]
    public void CreateTempFolder() => temp = RecordFiles.TempFolder();

    [TearDown]
    public void DeleteTempFolder() => Directory.Delete(temp, recursive: true);

    [Test]
    public void Read_TruncatedLine_RejectsThatLineAndReadsTheRest()
    {
        // Line 25 (0704.0025) starts at byte 33011: `head -24 arxiv-metadata-oai-snapshot.sample.jsonl | wc -c`.
        var lines = File.ReadAllLines(SharedData.Path(Sample));
        lines[24] = lines[24][..300];
        var copy = Write("truncated.jsonl", lines);

        var results = RecordFiles.ReadAll(reader, copy);

        Assert.That(results, Has.Count.EqualTo(200));
        var rejected = results.Single(r => r.Outcome == ReadOutcome.Rejected);
        Assert.That(rejected.Position, Is.EqualTo(new RecordPosition(25, 25, 33011)));
        Assert.That(rejected.Reason, Does.StartWith("malformed JSON line"));
        Assert.That(rejected.RawText, Does.StartWith("{\"id\":\"0704.0025\""));
        Assert.That(results.Count(r => r.Outcome == ReadOutcome.Record), Is.EqualTo(199));
        Assert.That(results[^1].Work!.Key.Id, Is.EqualTo("0704.0200"));
    }

    [Test]
    public void Read_RecordsWithoutIdOrTitle_AreRejectedWithTheirReason()
    {
        var lines = File.ReadAllLines(SharedData.Path(Sample));
        lines[9] = lines[9].Replace("\"id\":\"0704.0010\",", "", StringComparison.Ordinal);
        lines[19] = lines[19].Replace("\"title\":\"", "\"old_title\":\"", StringComparison.Ordinal);
        var copy = Write("missing.jsonl", lines);

        var results = RecordFiles.ReadAll(reader, copy);

        Assert.That((results[9].Outcome, results[9].Reason), Is.EqualTo((ReadOutcome.Rejected, "arXiv record without an id")));
        Assert.That((results[19].Outcome, results[19].Reason), Is.EqualTo((ReadOutcome.Rejected, "missing title")));
        Assert.That(results[19].RawText, Does.Contain("\"id\":\"0704.0020\""));
        Assert.That(results.Count(r => r.Outcome == ReadOutcome.Record), Is.EqualTo(198));
    }

    private string Write(string name, IEnumerable<string> lines)
    {
        var path = Path.Combine(temp, name);
        File.WriteAllText(path, string.Join('\n', lines) + "\n");
        return path;
    }
}
