using System.Text;
using System.Text.Json;
using ExpertGraph.Ingestion.Papers;
using ExpertGraph.Ingestion.Reading;
using ExpertGraph.Tests.Shared;

namespace ExpertGraph.Ingestion.Tests.Papers;

public sealed class OpenAlexWorkReaderQuarantineTests
{
    private const string Folder = "records/openalex-works-json";
    private readonly OpenAlexWorkReader reader = new();
    private string temp = null!;

    [SetUp]
    public void CreateTempFolder() => temp = RecordFiles.TempFolder();

    [TearDown]
    public void DeleteTempFolder() => Directory.Delete(temp, recursive: true);

    [Test]
    public void Read_JsonLinesWithTruncatedLine_RejectsThatLineAndReadsTheRest()
    {
        // Line 5 (W2077467872) starts at byte 45846: `head -4 works_biodiversity_finance_200.jsonl | wc -c`.
        var lines = File.ReadAllLines(SharedData.Path($"{Folder}/works_biodiversity_finance_200.jsonl"));
        lines[4] = lines[4][..200];
        var copy = Write("broken.jsonl", lines);

        var results = RecordFiles.ReadAll(reader, copy);

        Assert.That(results, Has.Count.EqualTo(200));
        var rejected = results.Single(r => r.Outcome == ReadOutcome.Rejected);
        Assert.That(rejected.Position, Is.EqualTo(new RecordPosition(5, 5, 45846)));
        Assert.That(rejected.Reason, Does.StartWith("malformed JSON line"));
        Assert.That(rejected.RawText, Does.StartWith("{\"id\":\"https://openalex.org/W2077467872\""));
        Assert.That(results.Count(r => r.Outcome == ReadOutcome.Record), Is.EqualTo(199));
        Assert.That(results[5].Position.Line, Is.EqualTo(6));
        Assert.That(results[^1].Position.Line, Is.EqualTo(200));
    }

    [Test]
    public void Read_JsonLinesWithAnAuthorAndAnUntitledWork_SkipsOneAndRejectsTheOther()
    {
        var lines = File.ReadAllLines(SharedData.Path($"{Folder}/works_biodiversity_finance_200.jsonl"));
        lines[9] = """{"id":"https://openalex.org/A5023888391","display_name":"Jason Priem"}""";
        lines[19] = """{"id":"https://openalex.org/W1","title":null,"display_name":" ","authorships":[]}""";
        var copy = Write("mixed.jsonl", lines);

        var results = RecordFiles.ReadAll(reader, copy);

        Assert.That(results, Has.Count.EqualTo(200));
        Assert.That((results[9].Outcome, results[9].Reason), Is.EqualTo((ReadOutcome.Skipped, "OpenAlex author entity, not a work")));
        Assert.That((results[19].Outcome, results[19].Reason), Is.EqualTo((ReadOutcome.Rejected, "missing title")));
        Assert.That(results[19].RawText, Does.Contain("openalex.org/W1\""));
        Assert.That(results.Count(r => r.Outcome == ReadOutcome.Record), Is.EqualTo(198));
    }

    [Test]
    public void Read_JsonLinesWithCrLfAndBlankLines_CountsPhysicalLinesButOnlyRecords()
    {
        var lines = File.ReadAllLines(SharedData.Path($"{Folder}/works_biodiversity_finance_200.jsonl"));
        var copy = Path.Combine(temp, "crlf.jsonl");
        File.WriteAllText(copy, "\r\n" + string.Join("\r\n\r\n", lines) + "\r\n", new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

        var results = RecordFiles.ReadAll(reader, copy);

        Assert.That(results.Count(r => r.Outcome == ReadOutcome.Record), Is.EqualTo(200));
        // Byte 0-2 BOM, 3-4 CRLF: the first work is on line 2 at byte 5; the second after one blank line, on line 4.
        Assert.That(results[0].Position, Is.EqualTo(new RecordPosition(1, 2, 5)));
        Assert.That(results[1].Position.Line, Is.EqualTo(4));
        Assert.That(results[0].Work!.Key.Id, Is.EqualTo("W4235089722"));
    }

    [Test]
    public void Read_TruncatedPage_RejectsTheBrokenElementAndStopsThatFile()
    {
        // works_biodiversity_finance_page.json is one line; results[3] starts at byte 39484, results[4] at 50355 (grep -b).
        var bytes = File.ReadAllBytes(SharedData.Path($"{Folder}/works_biodiversity_finance_page.json"));
        var copy = Path.Combine(temp, "truncated.json");
        File.WriteAllBytes(copy, bytes[..(50355 + 1000)]);

        var results = RecordFiles.ReadAll(reader, copy);

        Assert.That(results.Select(r => r.Outcome), Is.EqualTo(new[]
        {
            ReadOutcome.Record, ReadOutcome.Record, ReadOutcome.Record, ReadOutcome.Record, ReadOutcome.Rejected,
        }));
        Assert.That(results[3].Position, Is.EqualTo(new RecordPosition(4, 1, 39484)));
        var broken = results[4];
        Assert.That(broken.Position, Is.EqualTo(new RecordPosition(5, 1, 50355)));
        Assert.That(broken.Reason, Does.Contain("rest of the file is not read"));
        Assert.That(broken.RawText, Does.StartWith("{\"id\": \"https://openalex.org/W2077467872\""));
        Assert.That(broken.RawText, Is.EqualTo(Encoding.UTF8.GetString(bytes, 50355, 1000)));
    }

    [Test]
    public void Read_PageWithGarbageInsideAnElement_RejectsItAndKeepsTheElementsBefore()
    {
        // keypaper_results_page_1.json: results[0] at byte 188, results[1] at byte 11257 (grep -b).
        var text = File.ReadAllText(SharedData.Path($"{Folder}/keypaper_results_page_1.json"));
        var copy = Path.Combine(temp, "garbage.json");
        const string secondStart = "{\"id\":\"https://openalex.org/W2741809807\",";
        Assert.That(text, Does.Contain(secondStart));
        File.WriteAllText(copy, text.Replace(secondStart, secondStart + ",", StringComparison.Ordinal));

        var results = RecordFiles.ReadAll(reader, copy);

        Assert.That(results, Has.Count.EqualTo(2));
        Assert.That(results[0].Work!.Key.Id, Is.EqualTo("W2755950973"));
        Assert.That(results[1].Outcome, Is.EqualTo(ReadOutcome.Rejected));
        Assert.That(results[1].Position, Is.EqualTo(new RecordPosition(2, 1, 11257)));
    }

    [Test]
    public void Read_PrettyPrintedPage_ReadsEachResult()
    {
        using var page = JsonDocument.Parse(File.ReadAllBytes(SharedData.Path($"{Folder}/keypaper_results_page_1.json")));
        var copy = Path.Combine(temp, "pretty.json");
        File.WriteAllText(copy, JsonSerializer.Serialize(page.RootElement, new JsonSerializerOptions { WriteIndented = true }));

        var results = RecordFiles.ReadAll(reader, copy);

        Assert.That(results.Select(r => r.Work?.Key.Id), Is.EqualTo(new[] { "W2755950973", "W2741809807" }));
        Assert.That(results[1].Position.Line, Is.GreaterThan(results[0].Position.Line!.Value));
    }

    private string Write(string name, IEnumerable<string> lines)
    {
        var path = Path.Combine(temp, name);
        File.WriteAllText(path, string.Join('\n', lines) + "\n");
        return path;
    }
}
