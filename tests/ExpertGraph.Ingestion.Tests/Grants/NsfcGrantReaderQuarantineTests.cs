using System.Text;
using ExpertGraph.Ingestion.Reading;
using ExpertGraph.Tests.Shared;

namespace ExpertGraph.Ingestion.Tests.Grants;

/// <summary>Corrupted copies of 19_21/C01/C0106.csv (157 projects, lines 2–158): the broken row is quarantined, the rest read.</summary>
public sealed class NsfcGrantReaderQuarantineTests
{
    private const string C0106 = NsfcGrantFiles.Folder + "/19_21/C01/C0106.csv";
    private readonly List<string> _tempFiles = [];

    [TearDown]
    public void DeleteTempFiles()
    {
        foreach (var file in _tempFiles) File.Delete(file);
        _tempFiles.Clear();
    }

    [Test]
    public void Read_ClosingQuoteMissingMidLine_RejectsThatRowOnly()
    {
        // Line 6 is "5","31570105","5.四氢叶酸…的可行性研究","2019",…: drop the quote that closes the title.
        var results = ReadCorrupted(lines => lines[5] = lines[5].Replace("可行性研究\",\"2019\"", "可行性研究,\"2019\"", StringComparison.Ordinal));

        AssertOnlyRejected(results, recordNumber: 5, line: 6, byteOffset: 1329, reasonPart: "closing quote");
        Assert.That(results[4].RawText, Does.StartWith("\"5\",\"31570105\","));
        Assert.That(results[5].Work!.Key.Id, Is.EqualTo("31570104"));
    }

    [Test]
    public void Read_UnterminatedQuoteAtLineEnd_RejectsThatRowAndReadsTheNextLine()
    {
        // Line 7 ends with the keywords field "…共代谢； 硝基还原": without its closing quote the field runs into line 8.
        var results = ReadCorrupted(lines => lines[6] = lines[6].TrimEnd('"'));

        AssertOnlyRejected(results, recordNumber: 6, line: 7, byteOffset: 1727, reasonPart: "quote");
        Assert.That(results[5].RawText, Does.EndWith("共代谢； 硝基还原"));
        Assert.That(results[6].Position.Line, Is.EqualTo(8));
        Assert.That(results[6].Work!.Title, Is.EqualTo("渤海湾高温油藏酸化追因与生物控制研究"));
    }

    [Test]
    public void Read_UnterminatedQuoteOnLastLine_RejectsLastRow()
    {
        var results = ReadCorrupted(lines => lines[157] = lines[157].TrimEnd('"'));

        AssertOnlyRejected(results, recordNumber: 157, line: 158, byteOffset: 48770, reasonPart: "unterminated");
    }

    [Test]
    public void Read_InvalidUtf8InOneRow_RejectsThatRowOnly()
    {
        var path = SharedData.Path(C0106);
        var bytes = File.ReadAllBytes(path);
        // Line 10 starts at byte 2559: "9","31570100","9.古菌Haloferax…; break the lead byte of 古 (E5 8F A4).
        var lead = Array.IndexOf(bytes, (byte)0xE5, 2559);
        Assert.That(Encoding.UTF8.GetString(bytes, lead, 3), Is.EqualTo("古"));
        bytes[lead] = 0xFF;

        var results = Read(bytes);

        AssertOnlyRejected(results, recordNumber: 9, line: 10, byteOffset: 2559, reasonPart: "UTF-8");
        Assert.That(results[8].RawText, Does.Contain("9.\uFFFD"));
    }

    [Test]
    public void Read_RowWithMissingField_RejectsWithFieldCount()
    {
        // Line 3: drop the "index" column's value.
        var results = ReadCorrupted(lines => lines[2] = lines[2][(lines[2].IndexOf(',', StringComparison.Ordinal) + 1)..]);

        AssertOnlyRejected(results, recordNumber: 2, line: 3, byteOffset: null, reasonPart: "expected 14 fields, found 13");
    }

    [Test]
    public void Read_RowWithEmptyTitle_RejectsMissingTitle()
    {
        // Line 2's title is "1.微生物修复…研究": only the scraper's list number is left.
        var results = ReadCorrupted(lines => lines[1] = lines[1].Replace("\"1.微生物修复石油污染的厌氧解烃分子机制及重要功能基因研究\"", "\"1.\"", StringComparison.Ordinal));

        AssertOnlyRejected(results, recordNumber: 1, line: 2, byteOffset: 138, reasonPart: "missing title");
    }

    private List<ReadResult> ReadCorrupted(Action<string[]> corrupt)
    {
        var lines = File.ReadAllText(SharedData.Path(C0106), Encoding.UTF8).Split('\n');
        corrupt(lines);
        return Read(Encoding.UTF8.GetBytes(string.Join('\n', lines)));
    }

    private List<ReadResult> Read(byte[] bytes)
    {
        var path = NsfcGrantReaderTests.WriteTempCopy(bytes);
        _tempFiles.Add(path);
        return NsfcGrantReaderTests.ReadFile(path);
    }

    private static void AssertOnlyRejected(List<ReadResult> results, long recordNumber, long line, long? byteOffset, string reasonPart)
    {
        Assert.That(results, Has.Count.EqualTo(157));
        var rejected = results.Where(r => r.Outcome != ReadOutcome.Record).ToList();
        Assert.That(rejected, Has.Count.EqualTo(1));
        Assert.That(rejected[0].Outcome, Is.EqualTo(ReadOutcome.Rejected));
        Assert.That(rejected[0].Position.RecordNumber, Is.EqualTo(recordNumber));
        Assert.That(rejected[0].Position.Line, Is.EqualTo(line));
        if (byteOffset is not null) Assert.That(rejected[0].Position.ByteOffset, Is.EqualTo(byteOffset));
        Assert.That(rejected[0].Reason, Does.Contain(reasonPart));
        Assert.That(rejected[0].RawText, Is.Not.Empty);
        Assert.That(results.Select(r => r.Position.RecordNumber), Is.EqualTo(Enumerable.Range(1, 157).Select(n => (long)n)));
    }
}
