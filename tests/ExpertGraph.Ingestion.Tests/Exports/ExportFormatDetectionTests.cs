using ExpertGraph.Ingestion.Exports;
using ExpertGraph.Ingestion.Reading;
using ExpertGraph.Ingestion.Ris;
using ExpertGraph.Ingestion.Tests.Papers;
using ExpertGraph.Tests.Shared;

namespace ExpertGraph.Ingestion.Tests.Exports;

/// <summary>Each export reader claims its own files among every real file under records/, and no other.</summary>
public sealed class ExportFormatDetectionTests
{
    private static readonly (IRecordReader Reader, string[] Files)[] Claims =
    [
        (new ScopusCsvReader(), [ExportFiles.ScopusCsv, ExportFiles.ScopusV2Csv, ExportFiles.ScopusMetaknowledge]),
        (new IeeeCsvReader(), [ExportFiles.IeeeCsv]),
        (new SpringerCsvReader(), [ExportFiles.SpringerCsv]),
        (new RetractionWatchCsvReader(), [ExportFiles.RetractionWatchCsv]),
        (new RisReader(), [ExportFiles.Ris]),
    ];

    [Test]
    public void CanRead_EveryRecordsFile_EachReaderClaimsExactlyItsFiles()
    {
        var records = SharedData.Path("records");
        var wrong = new List<string>();
        foreach (var path in Directory.EnumerateFiles(records, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(records, path).Replace('\\', '/');
            var head = RecordFiles.Head(path);
            foreach (var (reader, files) in Claims)
            {
                if (reader.CanRead(head, Path.GetFileName(path)) != files.Contains(relative, StringComparer.Ordinal))
                    wrong.Add($"{reader.FormatName} {relative}");
            }
        }

        Assert.That(wrong, Is.Empty);
    }

    [Test]
    public void Detect_EachExportFile_DefaultReadersPickItsFormat()
    {
        var detector = new FormatDetector(RecordReaders.CreateDefault());

        Assert.Multiple(() =>
        {
            foreach (var (reader, files) in Claims)
                foreach (var file in files)
                    Assert.That(detector.Detect(ExportFiles.Path(file)).FormatName, Is.EqualTo(reader.FormatName), file);
        });
    }

    [TestCase("\"Authors\",\"Title\",\"Year\",\"Source title\",\"EID\"\n", "scopus-csv")]
    [TestCase("\uFEFFAuthors,Author(s) ID,Title,Year,Source title,EID\r\n", "scopus-csv")]
    [TestCase("\"Document Title\",Authors,\"Publication Title\",\"Publication Year\"\n", "ieee-csv")]
    [TestCase("Item Title,Publication Title,Item DOI,Authors,Publication Year,URL,Content Type\n", "springer-csv")]
    [TestCase("Record ID,Title,Author,RetractionNature,OriginalPaperDOI\n", "retraction-watch-csv")]
    [TestCase("\r\n\rTY  - JOUR\r\nTI  - x\r\nER  - \r\n", "ris")]
    [TestCase("Provider: John Wiley & Sons, Ltd\nDatabase: Wiley Online Library\n\nTY  - JOUR\n", "ris")]
    public void CanRead_MinimalHeader_OnlyItsReaderClaimsIt(string head, string format)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(head);

        Assert.That(Claims.Where(c => c.Reader.CanRead(bytes, "x")).Select(c => c.Reader.FormatName), Is.EqualTo(new[] { format }));
    }

    [TestCase("Title,Source title\n")]
    [TestCase("Authors\tTitle\tSource title\tEID\n")]
    [TestCase("PT\tAU\tTI\tSO\n")]
    [TestCase("PMID- 12345\nTI  - A title\n")]
    [TestCase("AU  - Smith, J.\nTY  - JOUR\n")]
    [TestCase("TY  - not a type\n")]
    public void CanRead_OtherTabularOrTaggedText_NoExportReaderClaimsIt(string head)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(head);

        Assert.That(Claims.Where(c => c.Reader.CanRead(bytes, "x")).Select(c => c.Reader.FormatName), Is.Empty);
    }
}
