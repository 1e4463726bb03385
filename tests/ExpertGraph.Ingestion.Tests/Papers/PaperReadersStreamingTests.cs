using ExpertGraph.Ingestion.Papers;
using ExpertGraph.Ingestion.Reading;
using ExpertGraph.Tests.Shared;

namespace ExpertGraph.Ingestion.Tests.Papers;

/// <summary>
/// The readers stream: a record split across any number of reads comes out the same. Each file is read once whole and
/// once through a stream that returns 7 bytes per read, so every record, token and line straddles refills.
/// </summary>
public sealed class PaperReadersStreamingTests
{
    [TestCase("openalex-works-json/works_biodiversity_finance_200.jsonl")]
    [TestCase("openalex-works-json/keypaper_results_page_1.json")]
    [TestCase("openalex-works-json/parallel_chunks/chunk_4_page_1.json")]
    [TestCase("openalex-works-json/entity_fixtures_openalex_python/W-api-response.json")]
    [TestCase("openalex-works-json/entity_fixtures_openalex_python/A-api-response.json")]
    public void Read_OpenAlexFileInSevenByteReads_GivesTheSameResults(string file) =>
        AssertSameResults(new OpenAlexWorkReader(), SharedData.Path("records/" + file));

    [TestCase("crossref-rest-json/crossref_works_dedup.jsonl")]
    [TestCase("crossref-rest-json/raw_responses/test_cursor_max_2.json")]
    [TestCase("crossref-rest-json/crossref_members.jsonl")]
    public void Read_CrossrefFileInSevenByteReads_GivesTheSameResults(string file) =>
        AssertSameResults(new CrossrefWorkReader(), SharedData.Path("records/" + file));

    [Test]
    public void Read_CslFileInSevenByteReads_GivesTheSameResults() =>
        AssertSameResults(new CslJsonReader(), SharedData.Path("records/openalex-works-json/openalex_exports/corpus_csl/chunk_2.json"));

    [Test]
    public void Read_DblpFileInSevenByteReads_GivesTheSameResults() =>
        AssertSameResults(new DblpXmlReader(), SharedData.Path("records/dblp-xml-sample/dblp-sample.xml"));

    private static void AssertSameResults(IRecordReader reader, string path)
    {
        var whole = RecordFiles.ReadAll(reader, path);
        using var trickle = new TrickleStream(File.OpenRead(path), 7);

        var trickled = reader.Read(trickle, path).ToList();

        Assert.That(trickled.Select(Describe), Is.EqualTo(whole.Select(Describe)));
        Assert.That(trickled.Select(r => r.Work?.Authors.Count), Is.EqualTo(whole.Select(r => r.Work?.Authors.Count)));
    }

    private static string Describe(ReadResult result) =>
        $"{result.Position} {result.Outcome} {result.Work?.Key} {result.Work?.Title} {result.Work?.Abstract?.Length} {result.Reason}";
}
