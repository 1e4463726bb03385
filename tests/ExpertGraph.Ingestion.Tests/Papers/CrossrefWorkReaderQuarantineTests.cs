using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ExpertGraph.Core.Model;
using ExpertGraph.Ingestion.Papers;
using ExpertGraph.Ingestion.Reading;
using ExpertGraph.Tests.Shared;

namespace ExpertGraph.Ingestion.Tests.Papers;

/// <summary>
/// Corrupted copies of the real files, and the envelopes the folder has no real file of (a single-work response, a
/// funder list), built around its real records in a temp folder.
/// </summary>
public sealed class CrossrefWorkReaderQuarantineTests
{
    private const string Folder = "records/crossref-rest-json";
    private readonly CrossrefWorkReader reader = new();
    private string temp = null!;

    [SetUp]
    public void CreateTempFolder() => temp = RecordFiles.TempFolder();

    [TearDown]
    public void DeleteTempFolder() => Directory.Delete(temp, recursive: true);

    [Test]
    public void Read_JsonLinesWithTruncatedLine_RejectsThatLineAndReadsTheRest()
    {
        // Line 5 (10.1093/oed/5229773278, a book chapter) starts at byte 6726: `head -4 crossref_works_dedup.jsonl | wc -c`.
        var lines = DumpLines();
        lines[4] = lines[4][..300];
        var copy = Write("broken.jsonl", lines);

        var results = RecordFiles.ReadAll(reader, copy);

        Assert.That(results, Has.Count.EqualTo(520));
        var rejected = results.Single(r => r.Outcome == ReadOutcome.Rejected);
        Assert.That(rejected.Position, Is.EqualTo(new RecordPosition(5, 5, 6726)));
        Assert.That(rejected.Reason, Does.StartWith("malformed JSON line"));
        Assert.That(rejected.RawText, Does.StartWith("{\"indexed\": {\"date-parts\": [[2024, 9, 13]]"));
        Assert.That(results.Count(r => r.Outcome == ReadOutcome.Record), Is.EqualTo(499));
        Assert.That(results[5].Work!.Key.Id, Is.EqualTo("10.1109/afrcon.2009.5308146"));
    }

    [Test]
    public void Read_JsonLinesWithBadRecords_RejectsEachWithItsReasonAndReadsTheRest()
    {
        var lines = DumpLines();
        lines[1] = """{"title": ["A work whose DOI was lost"], "author": []}""";
        lines[2] = """{"DOI": "not a doi", "title": ["x"]}""";
        lines[3] = """{"DOI": "10.1000/untitled", "title": [" "], "type": "journal-article"}""";
        lines[6] = "[1, 2]";
        lines[7] = """{"DOI": "10.1000/odd", "title": ["Odd"], "author": [{"given": "A", "family": "B", "affiliation": [{"name": "X", "place": "not a list"}]}]}""";
        var copy = Write("bad.jsonl", lines);

        var results = RecordFiles.ReadAll(reader, copy);

        Assert.That(results.Where(r => r.Outcome == ReadOutcome.Rejected).Select(r => (r.Position.Line, r.Reason)), Is.EqualTo(new (long?, string?)[]
        {
            (2, "Crossref work without a DOI"),
            (3, "Crossref work with an invalid DOI \"not a doi\""),
            (4, "missing title"),
            (7, "a JSON Array, not a Crossref record"),
        }));
        // A mistyped field deep inside a record reads as absent, not as an error.
        Assert.That(results[7].Work!.Authors[0].Affiliations, Is.EqualTo(new[] { new AffiliationMention("X") }));
        Assert.That(results.Count(r => r.Outcome == ReadOutcome.Record), Is.EqualTo(496));
    }

    [Test]
    public void Read_TruncatedListResponse_RejectsTheBrokenItemAndStopsThatFile()
    {
        // test_cursor_0.json is one line; items[3] starts at byte 6179 (`grep -b -o '}, {"indexed"'`, third hit + 3).
        var bytes = File.ReadAllBytes(SharedData.Path($"{Folder}/raw_responses/test_cursor_0.json"));
        var copy = Path.Combine(temp, "truncated.json");
        File.WriteAllBytes(copy, bytes[..(6179 + 500)]);

        var results = RecordFiles.ReadAll(reader, copy);

        Assert.That(results, Has.Count.EqualTo(4));
        Assert.That(results.Take(3).Select(r => r.Outcome), Has.All.EqualTo(ReadOutcome.Record));
        Assert.That(results[3].Outcome, Is.EqualTo(ReadOutcome.Rejected));
        Assert.That(results[3].Position, Is.EqualTo(new RecordPosition(4, 1, 6179)));
        Assert.That(results[3].Reason, Does.StartWith("malformed JSON in message.items element: ").And.EndWith("; the rest of the file is not read"));
        Assert.That(results[3].RawText, Does.StartWith("{\"indexed\""));
    }

    [TestCase(false)]
    [TestCase(true)]
    public void Read_SingleWorkResponse_ReadsTheWorkInsideTheEnvelope(bool indented)
    {
        // No real single-work response is in the folder: line 61 of the dump in the envelope api.crossref.org/works/{doi}
        // returns, its DOI in upper case as some publishers register it.
        var work = JsonNode.Parse(DumpLines()[60])!;
        work["DOI"] = "10.1016/J.ENG.2025.11.015";
        var envelope = new JsonObject { ["status"] = "ok", ["message-type"] = "work", ["message-version"] = "1.0.0", ["message"] = work };
        var copy = Path.Combine(temp, "work.json");
        File.WriteAllText(copy, envelope.ToJsonString(new JsonSerializerOptions { WriteIndented = indented }));

        var results = RecordFiles.ReadAll(reader, copy);

        Assert.That(reader.CanRead(RecordFiles.Head(copy), copy), Is.True);
        Assert.That(results, Has.Count.EqualTo(1));
        Assert.That(results[0].Position, Is.EqualTo(new RecordPosition(1, 1, 0)));
        Assert.That(results[0].Work!.Key, Is.EqualTo(new SourceKey("crossref", "10.1016/j.eng.2025.11.015")));
        Assert.That(results[0].Work!.Authors, Has.Count.EqualTo(7));
    }

    [Test]
    public void Read_FunderListResponse_SkipsEveryFunder()
    {
        var funders = File.ReadAllLines(SharedData.Path($"{Folder}/crossref_funders.jsonl"));
        var copy = Path.Combine(temp, "funders.json");
        var items = string.Join(", ", funders);
        File.WriteAllText(copy, $$$"""{"status": "ok", "message-type": "funder-list", "message": {"items-per-page": 20, "items": [{{{items}}}]}}""");

        var results = RecordFiles.ReadAll(reader, copy);

        Assert.That(reader.CanRead(RecordFiles.Head(copy), copy), Is.True);
        Assert.That(results.Select(r => (r.Outcome, r.Reason)), Is.EqualTo(Enumerable.Repeat((ReadOutcome.Skipped, (string?)"Crossref funder, not a work"), 4)));
    }

    [Test]
    public void Read_WorkWithSubjects_ClassifiesByThem()
    {
        // The real records' "subject" lists are all empty; Crossref fills them with its journal categories.
        var work = JsonNode.Parse(DumpLines()[344])!;
        work["subject"] = new JsonArray("General Biochemistry, Genetics and Molecular Biology", "Multidisciplinary");
        var copy = Write("subjects.jsonl", [work.ToJsonString()]);

        var classifications = RecordFiles.ReadAll(reader, copy).Single().Work!.Classifications;

        Assert.That(classifications, Is.EqualTo(new[]
        {
            new ClassificationCode("CrossrefSubject", "General Biochemistry, Genetics and Molecular Biology"),
            new ClassificationCode("CrossrefSubject", "Multidisciplinary"),
        }));
    }

    private static string[] DumpLines() => File.ReadAllLines(SharedData.Path($"{Folder}/crossref_works_dedup.jsonl"));

    private string Write(string name, IEnumerable<string> lines)
    {
        var path = Path.Combine(temp, name);
        File.WriteAllText(path, string.Join("\n", lines) + "\n", new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        return path;
    }
}
