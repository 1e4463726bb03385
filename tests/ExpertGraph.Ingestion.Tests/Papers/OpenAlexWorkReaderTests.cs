using ExpertGraph.Core.Model;
using ExpertGraph.Ingestion.Papers;
using ExpertGraph.Ingestion.Reading;
using ExpertGraph.Tests.Shared;

namespace ExpertGraph.Ingestion.Tests.Papers;

/// <summary>Files, counts, skips and positions; the field-by-field mapping is in OpenAlexWorkReaderTests.Mapping.cs.</summary>
public sealed partial class OpenAlexWorkReaderTests
{
    private const string Folder = "records/openalex-works-json";
    private readonly OpenAlexWorkReader reader = new();

    // Counted by hand: `wc -l` of the .jsonl, `jq '.results | length'` of each page, `jq .id` of each single entity.
    private static readonly object[] FileCounts =
    [
        new object[] { "works_biodiversity_finance_200.jsonl", 200, 0 },
        new object[] { "works_biodiversity_finance_page.json", 200, 0 },
        new object[] { "keypaper_results_page_1.json", 2, 0 },
        new object[] { "parallel_chunks/chunk_1_page_1.json", 50, 0 },
        new object[] { "parallel_chunks/chunk_2_page_1.json", 50, 0 },
        new object[] { "parallel_chunks/chunk_3_page_1.json", 50, 0 },
        new object[] { "parallel_chunks/chunk_4_page_1.json", 25, 0 },
        new object[] { "entity_fixtures_openalex_python/W2741809807.json", 1, 0 },
        new object[] { "entity_fixtures_openalex_python/W-api-response.json", 1, 0 },
        new object[] { "entity_fixtures_openalex_python/A-api-response.json", 0, 1 },
        new object[] { "entity_fixtures_openalex_python/A5023888391.json", 0, 1 },
        new object[] { "entity_fixtures_openalex_python/A5317838346.json", 0, 1 },
        new object[] { "entity_fixtures_openalex_python/C71924100.json", 0, 1 },
        new object[] { "entity_fixtures_openalex_python/F4320332161.json", 0, 1 },
        new object[] { "entity_fixtures_openalex_python/I27837315.json", 0, 1 },
        new object[] { "entity_fixtures_openalex_python/P4310319965.json", 0, 1 },
        new object[] { "entity_fixtures_openalex_python/S137773608.json", 0, 1 },
        new object[] { "entity_fixtures_openalex_python/T11636.json", 0, 1 },
        new object[] { "entity_fixtures_openalex_python/cardiac-imaging.json", 0, 1 },
    ];

    [TestCaseSource(nameof(FileCounts))]
    public void Read_EveryOpenAlexFile_YieldsHandCountedRecordsAndSkips(string file, int records, int skipped)
    {
        var path = SharedData.Path($"{Folder}/{file}");

        RecordFiles.AssertReadsAll(reader, path, records, skipped);
    }

    [Test]
    public void Read_EveryJsonFileOfTheFolder_IsInTheCountTableOrIsCslJson()
    {
        var root = SharedData.Path(Folder);
        var listed = FileCounts.Cast<object[]>().Select(row => (string)row[0]).ToHashSet(StringComparer.Ordinal);

        var unlisted = Directory.EnumerateFiles(root, "*.json*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Where(f => !listed.Contains(f) && !f.StartsWith("openalex_exports/corpus_csl/", StringComparison.Ordinal));

        Assert.That(unlisted, Is.Empty);
    }

    [TestCase("A5023888391.json", "OpenAlex author entity, not a work")]
    [TestCase("A-api-response.json", "OpenAlex author entity, not a work")]
    [TestCase("I27837315.json", "OpenAlex institution entity, not a work")]
    [TestCase("C71924100.json", "OpenAlex concept entity, not a work")]
    [TestCase("F4320332161.json", "OpenAlex funder entity, not a work")]
    [TestCase("P4310319965.json", "OpenAlex publisher entity, not a work")]
    [TestCase("S137773608.json", "OpenAlex source entity, not a work")]
    [TestCase("T11636.json", "OpenAlex topic entity, not a work")]
    [TestCase("cardiac-imaging.json", "OpenAlex keyword entity, not a work")]
    public void Read_NonWorkEntity_IsSkippedWithItsKind(string file, string reason)
    {
        var results = RecordFiles.ReadAll(reader, SharedData.Path($"{Folder}/entity_fixtures_openalex_python/{file}"));

        Assert.That(results, Has.Count.EqualTo(1));
        Assert.That(results[0].Outcome, Is.EqualTo(ReadOutcome.Skipped));
        Assert.That(results[0].Reason, Is.EqualTo(reason));
    }

    [TestCase("works_biodiversity_finance_page.json", 150, 1, 2509113, "W1970860691")]
    [TestCase("works_biodiversity_finance_page.json", 200, 1, 3233446, "W2789473385")]
    [TestCase("works_biodiversity_finance_200.jsonl", 150, 150, 2182161, "W1970860691")]
    public void Read_RecordFarIntoALargeFile_KeepsItsExactPosition(string file, int record, int line, long offset, string id)
    {
        // Offsets from `grep -b -o '{"id": "https://openalex.org/W' …page.json` and `head -149 ….jsonl | wc -c`;
        // W1970860691 is the 150th work of both files, W2789473385 the 200th of the page.
        var results = RecordFiles.ReadAll(reader, SharedData.Path($"{Folder}/{file}"));

        Assert.That(results[record - 1].Position, Is.EqualTo(new RecordPosition(record, line, offset)));
        Assert.That(results[record - 1].Work!.Key.Id, Is.EqualTo(id));
    }

    [TestCase(3, "Annual Reports To Council Ecological Society of America August 2009")]
    [TestCase(12, "Looking Ahead to the 5 th World Water Forum — Istanbul 2009")]
    public void Read_TitleWithInlineMarkup_DropsTheTags(int element, string title)
    {
        // Source titles: "<i>Annual Reports To Council</i> Ecological …" and "Looking Ahead to the 5 <sup>th</sup> World …".
        var results = RecordFiles.ReadAll(reader, SharedData.Path($"{Folder}/parallel_chunks/chunk_4_page_1.json"));

        Assert.That(results[element - 1].Work!.Title, Is.EqualTo(title));
    }
}
