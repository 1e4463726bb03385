using System.Text;
using ExpertGraph.Core.Model;
using ExpertGraph.Ingestion.Exports;
using ExpertGraph.Ingestion.Reading;
using ExpertGraph.Ingestion.Tests.Papers;

namespace ExpertGraph.Ingestion.Tests.Exports;

/// <summary>Corrupted copies of the real exports: a broken row is quarantined at its position and the others are read.</summary>
public sealed class ExportCsvQuarantineTests
{
    private string _temp = null!;

    [SetUp]
    public void CreateTempFolder() => _temp = RecordFiles.TempFolder();

    [TearDown]
    public void DeleteTempFolder() => Directory.Delete(_temp, recursive: true);

    [Test]
    public void Read_ScopusCopyWithBrokenQuotingAndAMissingField_RejectsBothRowsAndReadsTheRest()
    {
        var text = File.ReadAllText(ExportFiles.Path(ExportFiles.ScopusV2Csv));
        // Row 3 (line 4): a character after the closing quote of the title.
        text = Replace(text, "\"Examining the impact of virtual reality", "\"Examining\"x the impact of virtual reality");
        // Row 6 (line 7): its "Cited by" and "DOI" fields merged, one field short.
        var lines = text.Split('\n');
        var cited = lines[6].IndexOf("\",\"10.", StringComparison.Ordinal);
        lines[6] = lines[6].Remove(cited, 3).Insert(cited, "");
        var copy = Write("scopus.csv", string.Join('\n', lines));

        var results = RecordFiles.ReadAll(new ScopusCsvReader(), copy);

        Assert.That(results, Has.Count.EqualTo(88));
        var rejected = results.Where(r => r.Outcome == ReadOutcome.Rejected).ToList();
        Assert.That(rejected.Select(r => (r.Position.RecordNumber, r.Position.Line)), Is.EqualTo(new[] { (3L, 4L), (6L, 7L) }));
        Assert.That(rejected[0].Reason, Does.Contain("after the closing quote"));
        Assert.That(rejected[1].Reason, Is.EqualTo("expected 46 fields, found 45"));
        Assert.That(rejected[0].RawText, Does.StartWith("\"Jans C.; Bogossian F.;"));
        Assert.That(results.Count(r => r.Outcome == ReadOutcome.Record), Is.EqualTo(86));
        Assert.That(results[3].Work!.Key.Id, Does.StartWith("2-s2.0-"));
    }

    [Test]
    public void Read_IeeeCopyWithoutDoiAndPdfLink_RejectsTheRowNamingWhatIsMissing()
    {
        var text = File.ReadAllText(ExportFiles.Path(ExportFiles.IeeeCsv));
        text = Replace(text, "\"10.1109/MCSE.2013.95\"", "\"\"");
        text = Replace(text, "https://ieeexplore.ieee.org/stamp/stamp.jsp?arnumber=6634083", "");
        var copy = Write("ieee.csv", text);

        var results = RecordFiles.ReadAll(new IeeeCsvReader(), copy);

        Assert.That(results[0].Outcome, Is.EqualTo(ReadOutcome.Rejected));
        Assert.That(results[0].Position, Is.EqualTo(new RecordPosition(1, 2, 450)));
        Assert.That(results[0].Reason, Does.Contain("article number").And.Contain("DOI"));
        Assert.That(results.Skip(1).Select(r => r.Outcome), Is.All.EqualTo(ReadOutcome.Record));
    }

    [Test]
    public void Read_FileWithAnotherHeader_ThrowsUnknownFormatNamingTheMissingColumn()
    {
        var copy = Write("other.csv", "Title,Source title,Year\nA,B,2020\n");

        Assert.That(() => RecordFiles.ReadAll(new ScopusCsvReader(), copy),
            Throws.TypeOf<UnknownFormatException>().With.Message.Contains("'EID'").And.Message.Contains("other.csv"));
    }

    private static string Replace(string text, string oldValue, string newValue)
    {
        Assert.That(text, Does.Contain(oldValue));
        return text.Replace(oldValue, newValue, StringComparison.Ordinal);
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(_temp, name);
        File.WriteAllText(path, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        return path;
    }
}
