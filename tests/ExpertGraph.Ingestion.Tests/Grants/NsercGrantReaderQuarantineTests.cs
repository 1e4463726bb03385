using System.Text;
using ExpertGraph.Ingestion.Grants;
using ExpertGraph.Ingestion.Reading;
using ExpertGraph.Ingestion.Tests.Papers;
using ExpertGraph.Tests.Shared;

namespace ExpertGraph.Ingestion.Tests.Grants;

/// <summary>
/// Corrupted copies of the NSERC co-applicant file (1,307 awards): a broken row is rejected where it stands, its award
/// keeps its other co-applicants, and every other award still reads. Award 30206 is lines 3–4 ("Bowen, WDon", "Kerr, Stephen").
/// </summary>
public sealed class NsercGrantReaderQuarantineTests
{
    private string _folder = null!;

    [SetUp]
    public void CreateFolder() => _folder = RecordFiles.TempFolder();

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    [Test]
    public void Read_RowWithFieldMissing_RejectedAndItsAwardKeepsTheOtherCoApplicant()
    {
        var results = ReadCorrupted(lines => lines[2] = "30206,\"Bowen, WDon\",,,,,,1994\r");

        AssertRejectedRowOfAward30206(results, line: 3, reason: "expected 9 fields, found 8", survivor: "Kerr, Stephen");
    }

    [Test]
    public void Read_QuoteNotClosed_RejectsThatLineAndReadsTheNext()
    {
        // The open quote runs into line 4 and closes at its first '"', followed by 'K': the parser blames line 3 only.
        var results = ReadCorrupted(lines => lines[2] = "30206,\"Bowen, WDon,,,,,,,1994\r");

        AssertRejectedRowOfAward30206(results, line: 3, reason: "unexpected character after the closing quote of field 2", survivor: "Kerr, Stephen");
    }

    [Test]
    public void Read_Latin1ByteNotTranscoded_RejectedAsInvalidUtf8()
    {
        // Line 4 as NSERC's Latin-1 file would have it had the pipeline not transcoded it: "Kerr, St\xE9phen".
        var results = ReadCorrupted(lines => lines[3] = "30206,\"Kerr, St\u00E9phen\",,,,,,,1994\r", Encoding.Latin1);

        AssertRejectedRowOfAward30206(results, line: 4, reason: "invalid UTF-8 in field 2", survivor: "Bowen, WDon");
    }

    [Test]
    public void Read_FiscalYearNotANumber_RejectedWithTheValue()
    {
        var results = ReadCorrupted(lines => lines[2] = "30206,\"Bowen, WDon\",,,,,,,FY1994\r");

        AssertRejectedRowOfAward30206(results, line: 3, reason: "award 30206: invalid FiscalYear 'FY1994'", survivor: "Kerr, Stephen");
    }

    [Test]
    public void Read_EmptyCoApplicantName_RejectedWithTheAward()
    {
        var results = ReadCorrupted(lines => lines[3] = "30206,\"\",,,,,,,1994\r");

        AssertRejectedRowOfAward30206(results, line: 4, reason: "award 30206: missing CoApplicantName", survivor: "Bowen, WDon");
    }

    private static void AssertRejectedRowOfAward30206(List<ReadResult> results, long line, string reason, string survivor)
    {
        var rejected = results.Where(r => r.Outcome != ReadOutcome.Record).ToList();
        Assert.That(rejected, Has.Count.EqualTo(1));
        Assert.That(rejected[0].Outcome, Is.EqualTo(ReadOutcome.Rejected));
        Assert.That(rejected[0].Position.Line, Is.EqualTo(line));
        Assert.That(rejected[0].Reason, Is.EqualTo(reason));
        Assert.That(rejected[0].RawText, Does.StartWith("30206,"));
        Assert.That(results.Count(r => r.Outcome == ReadOutcome.Record), Is.EqualTo(1307));
        Assert.That(results.Select(r => r.Position.RecordNumber), Is.EqualTo(Enumerable.Range(1, 1308).Select(n => (long)n)));
        var award = results.Single(r => r.Work?.Key.Id == "30206/co-applicants").Work!;
        Assert.That(award.Authors.Select(a => a.RawName), Is.EqualTo(new[] { survivor }));
    }

    private List<ReadResult> ReadCorrupted(Action<string[]> corrupt, Encoding? encoding = null)
    {
        var lines = File.ReadAllText(SharedData.Path(MetaknowledgeGrantFiles.NsercCoApplicants), Encoding.UTF8).Split('\n');
        corrupt(lines);
        var path = Path.Combine(_folder, "NSERC_TEST_CO_APPLICANT.testcsv");
        File.WriteAllBytes(path, (encoding ?? Encoding.UTF8).GetBytes(string.Join('\n', lines)));
        return RecordFiles.ReadAll(new NsercGrantReader(), path);
    }
}
