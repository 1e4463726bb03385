using ExpertGraph.Core.Model;
using ExpertGraph.Ingestion.Papers;
using ExpertGraph.Ingestion.Reading;
using ExpertGraph.Tests.Shared;

namespace ExpertGraph.Ingestion.Tests.Papers;

/// <summary>Files, counts, skips and positions; the field-by-field mapping is in CrossrefWorkReaderTests.Mapping.cs.</summary>
public sealed partial class CrossrefWorkReaderTests
{
    private const string Folder = "records/crossref-rest-json";
    private readonly CrossrefWorkReader reader = new();

    // Counted with python3 (json.loads per line, json.load per response): crossref_works_dedup.jsonl has 520 lines, of
    // which 16 are "type": "component", 2 "journal-issue" and 2 "journal"; every other line has a DOI and a non-empty
    // title[0]. Each raw response has 20 message.items, all of work types. The entity files have 4, 5 and 5 lines.
    private static readonly object[] FileCounts =
    [
        new object[] { "crossref_works_dedup.jsonl", 500, 20 },
        new object[] { "raw_responses/test_cursor_0.json", 20, 0 },
        new object[] { "raw_responses/test_cursor_max_0.json", 20, 0 },
        new object[] { "raw_responses/test_cursor_max_1.json", 20, 0 },
        new object[] { "raw_responses/test_cursor_max_2.json", 20, 0 },
        new object[] { "raw_responses/test_cursor_max_3.json", 20, 0 },
        new object[] { "raw_responses/test_cursor_max_4.json", 20, 0 },
        new object[] { "crossref_funders.jsonl", 0, 4 },
        new object[] { "crossref_members.jsonl", 0, 5 },
        new object[] { "crossref_journals.jsonl", 0, 5 },
    ];

    [TestCaseSource(nameof(FileCounts))]
    public void Read_EveryCrossrefFile_YieldsHandCountedRecordsAndSkips(string file, int records, int skipped)
    {
        var path = SharedData.Path($"{Folder}/{file}");

        RecordFiles.AssertReadsAll(reader, path, records, skipped);
    }

    [Test]
    public void Read_EveryJsonFileOfTheFolder_IsInTheCountTable()
    {
        var root = SharedData.Path(Folder);
        var listed = FileCounts.Cast<object[]>().Select(row => (string)row[0]).ToHashSet(StringComparer.Ordinal);

        var unlisted = Directory.EnumerateFiles(root, "*.json*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Where(f => !listed.Contains(f));

        Assert.That(unlisted, Is.Empty);
    }

    [TestCase("crossref_funders.jsonl", "Crossref funder, not a work")]
    [TestCase("crossref_members.jsonl", "Crossref member, not a work")]
    [TestCase("crossref_journals.jsonl", "Crossref journal, not a work")]
    public void Read_EntityFile_SkipsEveryEntityWithItsKind(string file, string reason)
    {
        var results = RecordFiles.ReadAll(reader, SharedData.Path($"{Folder}/{file}"));

        Assert.That(results.Select(r => (r.Outcome, r.Reason)), Has.All.EqualTo((ReadOutcome.Skipped, reason)));
    }

    [TestCase(329, "Crossref journal-issue (a container of works), not a work")]
    [TestCase(346, "Crossref component (a figure, table or supplement of another work), not a work")]
    [TestCase(447, "Crossref journal (a container of works), not a work")]
    public void Read_NonWorkTypeInTheDump_IsSkippedWithItsType(int line, string reason)
    {
        // Line 329: 10.1002/humu.2018.39.issue-6; line 346: 10.1371/journal.pone.0248873.s003; line 447: 10.31489/2518-1998.
        var results = RecordFiles.ReadAll(reader, SharedData.Path($"{Folder}/crossref_works_dedup.jsonl"));

        var result = results.Single(r => r.Position.Line == line);
        Assert.That((result.Outcome, result.Reason), Is.EqualTo((ReadOutcome.Skipped, reason)));
    }

    [TestCase("crossref_works_dedup.jsonl", 21, 21, 44131, "10.1145/3027385.3027428")]
    [TestCase("crossref_works_dedup.jsonl", 61, 61, 122513, "10.1016/j.eng.2025.11.015")]
    [TestCase("raw_responses/test_cursor_0.json", 1, 1, 1663, "10.1007/978-1-4302-0197-7_9")]
    [TestCase("raw_responses/test_cursor_0.json", 2, 1, 2972, "10.1007/springerreference_66110")]
    public void Read_Record_KeepsItsExactPosition(string file, int record, int line, long offset, string doi)
    {
        // Offsets from `head -20 crossref_works_dedup.jsonl | wc -c` (and -60), and `grep -b -o '"items": \[{'` (1653 + 10)
        // and `grep -b -o '}, {"indexed"'` (2969 + 3) on the one-line response.
        var results = RecordFiles.ReadAll(reader, SharedData.Path($"{Folder}/{file}"));

        Assert.That(results[record - 1].Position, Is.EqualTo(new RecordPosition(record, line, offset)));
        Assert.That(results[record - 1].Work!.Key, Is.EqualTo(new SourceKey("crossref", doi)));
    }

    [Test]
    public void Read_AllWorkFiles_KeyEveryWorkByItsLowerCaseDoi()
    {
        var works = FileCounts.Cast<object[]>().Select(row => (string)row[0])
            .SelectMany(f => RecordFiles.ReadAll(reader, SharedData.Path($"{Folder}/{f}")))
            .Where(r => r.Outcome == ReadOutcome.Record)
            .Select(r => r.Work!)
            .ToList();

        // 500 + 6 × 20 works (Crossref writes its DOIs lower-case already; the single-work test covers upper case).
        Assert.That(works, Has.Count.EqualTo(620));
        Assert.That(works.Select(w => w.Key.Id), Has.All.Matches<string>(id => id.StartsWith("10.", StringComparison.Ordinal) && id == id.ToLowerInvariant()));
        Assert.That(works.Select(w => w.Identifiers[0]), Is.EqualTo(works.Select(w => new WorkIdentifier(IdentifierScheme.Doi, w.Key.Id))));
    }
}
