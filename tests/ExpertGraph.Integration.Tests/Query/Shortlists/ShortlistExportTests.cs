using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ExpertGraph.Core.Model;
using ExpertGraph.Core.Storage;
using ExpertGraph.Ingestion.Pipeline;
using ExpertGraph.Integration.Tests.Support;
using ExpertGraph.Query;
using ExpertGraph.Query.Exports;
using ExpertGraph.Query.Shortlists;
using ExpertGraph.Tests.Shared;
using ExpertGraph.Tests.Shared.Stores;

namespace ExpertGraph.Integration.Tests.Query.Shortlists;

/// <summary>
/// A shortlist of two real persons of samples/openalex exported as CSV and XLSX, both read back. Read by hand from the
/// files (python3 over samples/openalex/*.json*):
/// <list type="bullet">
/// <item>Clem Tisdell (ORCID 0000-0003-4370-4692): W3023705820 (1999, cited 34), W1562329700 (2000, 4), W2135181183 (2008,
/// 104, second author, University of Queensland AU): 3 papers, 142 citations, h-index 3.</item>
/// <item>Stefano Pagiola (no ORCID): W2793369123 (2003, 4), W3141231078 (2004, 62, a book), W2180613954 (2005, 67),
/// W2138516309 (2007, 292), W1606984725 (2009, 2), W1650277746 (2009, 2), W2077467872 (2010, 22, World Bank US): 7 works,
/// 451 citations, h-index 4 (292, 67, 62, 22 ≥ 4; the fifth has 4 &lt; 5).</item>
/// </list>
/// </summary>
[TestFixture]
public sealed class ShortlistExportTests
{
    private const string Note = "=HYPERLINK(\"x\"), call \"first\"\n第二行：生态经济";

    private TempDataFolder _temp = null!;
    private Workspace _workspace = null!;
    private PersonId _tisdell;
    private PersonId _pagiola;

    [OneTimeSetUp]
    public async Task IngestSamplesAndList()
    {
        _temp = new TempDataFolder("eg-shortlist-");
        _workspace = TestStores.Create(StoreKind.Sqlite, _temp.Sub("data")).OpenWorkspace();
        await _workspace.IngestAsync([RepositoryPaths.Path("samples/openalex")], new IngestionOptions(), null, CancellationToken.None);
        _tisdell = PersonAt("W2135181183", 2);
        _pagiola = PersonAt("W2077467872", _workspace.Store.GetWorkMentions(Work("W2077467872")).Single(m => m.RawName == "Stefano Pagiola").Mention.Position);
        _workspace.CreateShortlist("生态经济 lab", "PI 候选");
        _workspace.AddToShortlist("生态经济 lab", [_tisdell], Note);
        _workspace.AddToShortlist("生态经济 lab", [_pagiola], null);
    }

    [OneTimeTearDown]
    public void Cleanup()
    {
        _workspace?.Dispose();
        _temp?.Dispose();
    }

    private WorkId Work(string openAlexWork) => _workspace.Store.FindWork(new SourceKey("openalex", openAlexWork)) ?? throw new AssertionException($"{openAlexWork} not stored");

    private PersonId PersonAt(string openAlexWork, int position) =>
        _workspace.Store.GetWorkMentions(Work(openAlexWork)).Single(m => m.Mention.Position == position).Person;

    private byte[] Export(TableFormat format)
    {
        using var output = new MemoryStream();
        _workspace.ExportShortlist("生态经济 lab", format, output, new ShortlistExportOptions { ProfileBaseUrl = "https://experts.example.org/" });
        return output.ToArray();
    }

    [Test]
    public void ExportCsv_TwoRealPersons_ParsesBackWithTheFilesValuesBomAndSafeNote()
    {
        var bytes = Export(TableFormat.Csv);

        Assert.That(bytes.Take(3), Is.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }), "UTF-8 byte-order mark for Excel");
        var records = CsvRecords.Parse(Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3));
        Assert.That(records, Has.Count.EqualTo(3));
        Assert.That(records[0], Is.EqualTo(ShortlistTable.Columns));
        var tisdell = Row(records, 1);
        Assert.That((tisdell["rank"], tisdell["person_id"], tisdell["name"]), Is.EqualTo(("1", _tisdell.ToString(), "Clem Tisdell")));
        Assert.That((tisdell["institution"], tisdell["country"]), Is.EqualTo(("The University of Queensland", "AU")));
        Assert.That((tisdell["works"], tisdell["papers"], tisdell["patents"], tisdell["citations"], tisdell["h_index"]), Is.EqualTo(("3", "3", "0", "142", "3")));
        Assert.That((tisdell["first_year"], tisdell["last_year"], tisdell["orcid"]), Is.EqualTo(("1999", "2008", "0000-0003-4370-4692")));
        Assert.That(tisdell["profile_url"], Is.EqualTo($"https://experts.example.org/persons/{_tisdell}"));
        Assert.That(tisdell["note"], Is.EqualTo("'" + Note), "a note starting with = is written as text");
        Assert.That(tisdell["career_stage"], Does.Contain("首席科学家").Or.Contain("学术带头人").Or.Contain("青年骨干").Or.Contain("其他"));
        var pagiola = Row(records, 2);
        Assert.That((pagiola["rank"], pagiola["name"], pagiola["institution"], pagiola["country"]), Is.EqualTo(("2", "Stefano Pagiola", "World Bank", "US")));
        Assert.That((pagiola["works"], pagiola["citations"], pagiola["h_index"], pagiola["first_year"], pagiola["last_year"]), Is.EqualTo(("7", "451", "4", "2003", "2010")));
        Assert.That((pagiola["orcid"], pagiola["note"]), Is.EqualTo(("", "")));
    }

    [Test]
    public void ExportXlsx_TwoRealPersons_EveryCellEqualsTheCsvNumbersAsNumbersHeaderBoldAndFrozen()
    {
        var csv = CsvRecords.Parse(Encoding.UTF8.GetString(Export(TableFormat.Csv)).TrimStart('\uFEFF'));
        using var document = SpreadsheetDocument.Open(new MemoryStream(Export(TableFormat.Xlsx)), false);
        var workbook = document.WorkbookPart!;
        var sheet = workbook.Workbook.Descendants<Sheet>().Single();
        var worksheet = ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet;
        var rows = worksheet.Descendants<Row>().ToList();

        Assert.That(sheet.Name!.Value, Is.EqualTo("生态经济 lab"));
        Assert.That(rows, Has.Count.EqualTo(csv.Count));
        for (var r = 0; r < rows.Count; r++)
        {
            var cells = rows[r].Elements<Cell>().ToList();
            Assert.That(cells, Has.Count.EqualTo(csv[r].Count), $"row {r + 1}");
            for (var c = 0; c < cells.Count; c++)
            {
                var expected = csv[r][c].StartsWith("'=", StringComparison.Ordinal) ? csv[r][c][1..] : csv[r][c];
                Assert.That(Text(cells[c]), Is.EqualTo(expected), $"cell {cells[c].CellReference}");
            }
        }

        var numbers = rows[1].Elements<Cell>().Where(cell => cell.DataType?.Value == CellValues.Number).Select(cell => cell.CellReference!.Value).ToList();
        Assert.That(numbers, Is.EqualTo(new[] { "A2", "J2", "K2", "L2", "M2", "N2", "O2", "P2", "Q2" }), "rank, counts, citations, h-index and years are numbers");
        Assert.That(rows[0].Elements<Cell>().All(cell => cell.StyleIndex?.Value == 1), Is.True);
        var font = workbook.WorkbookStylesPart!.Stylesheet.Fonts!.Elements<Font>().ElementAt(
            (int)workbook.WorkbookStylesPart.Stylesheet.CellFormats!.Elements<CellFormat>().ElementAt(1).FontId!.Value);
        Assert.That(font.Bold, Is.Not.Null, "header bold");
        var pane = worksheet.Descendants<Pane>().Single();
        Assert.That((pane.VerticalSplit?.Value, pane.TopLeftCell?.Value, pane.State?.Value), Is.EqualTo((1.0, "A2", PaneStateValues.Frozen)));
    }

    [Test]
    public void GetShortlist_PersonMergedAway_ListsThePersonItNowIsOnce()
    {
        // Two persons of W2180613954 on no other list (only that work names them).
        var mentions = _workspace.Store.GetWorkMentions(Work("W2180613954"));
        var agostini = mentions.Single(m => m.RawName == "Paola Agostini").Person;
        var rosales = mentions.Single(m => m.RawName == "Mauricio Rosales").Person;
        _workspace.CreateShortlist("merge check", null);
        _workspace.AddToShortlist("merge check", [rosales, agostini], "n");
        _workspace.MergePersons(agostini, [rosales], new Core.Curation.CurationNote("tests", "same person in this test"));

        var list = _workspace.GetShortlist("merge check")!;

        Assert.That(list.Entries.Select(e => (e.Person, e.Position)), Is.EqualTo(new[] { (agostini, 1) }));
        Assert.That(() => _workspace.AddToShortlist("merge check", [rosales], null),
            Throws.TypeOf<UnknownPersonException>().With.Message.Contains($"merged into {agostini}"));
    }

    private static Dictionary<string, string> Row(List<List<string>> records, int index) =>
        records[0].Select((column, i) => (column, value: records[index][i])).ToDictionary(p => p.column, p => p.value);

    private static string Text(Cell cell) => cell.DataType?.Value == CellValues.InlineString ? cell.InlineString!.Text!.Text
        : cell.CellValue?.Text is { } value ? double.Parse(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture) : "";
}
