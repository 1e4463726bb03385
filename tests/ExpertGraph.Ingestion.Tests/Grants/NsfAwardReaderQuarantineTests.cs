using ExpertGraph.Ingestion.Grants;
using ExpertGraph.Ingestion.Reading;
using ExpertGraph.Ingestion.Tests.Papers;
using ExpertGraph.Tests.Shared;

namespace ExpertGraph.Ingestion.Tests.Grants;

/// <summary>
/// Corrupted copies of twoAwardFile.xml (awards at lines 4 and 57) and 1500204.xml (one award, line 4): the broken
/// award is rejected with its position and reason; awards before it still read.
/// </summary>
public sealed class NsfAwardReaderQuarantineTests
{
    private const string TwoAwards = MetaknowledgeGrantFiles.NsfFolder + "/twoAwardFile.xml";
    private const string Award1500204 = MetaknowledgeGrantFiles.NsfFolder + "/1500204.xml";

    private string _folder = null!;

    [SetUp]
    public void CreateFolder() => _folder = RecordFiles.TempFolder();

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    [Test]
    public void Read_MismatchedEndTagInSecondAward_FirstReadSecondRejectedAtItsLine()
    {
        // Line 61 is "    <AwardAmount>33462</AwardAmount>" of the second award.
        var results = ReadCorrupted(TwoAwards, lines => lines[60] = lines[60].Replace("</AwardAmount>", "</AwardAmoun>", StringComparison.Ordinal));

        Assert.That(results, Has.Count.EqualTo(2));
        Assert.That(results[0].Work!.Key.Id, Is.EqualTo("69W3546aaaaaaaaa"));
        Assert.That(results[1].Outcome, Is.EqualTo(ReadOutcome.Rejected));
        Assert.That(results[1].Position, Is.EqualTo(new RecordPosition(2, 57)));
        Assert.That(results[1].Reason, Does.StartWith("malformed XML at line 61, position "));
        Assert.That(results[1].Reason, Does.Contain("AwardAmount"));
        Assert.That(results[1].RawText, Does.StartWith("  <Award>\n    <AwardTitle>Summer Institute"));
        Assert.That(results[1].RawText, Does.EndWith("<AwardAmount>33462</AwardAmoun>"));
    }

    [Test]
    public void Read_FileCutInsideSecondAward_SecondRejectedAsUnexpectedEnd()
    {
        // Line 81 of 110 is inside the second award (lines 57–109).
        var results = ReadCorrupted(TwoAwards, _ => { }, keepLines: 81);

        Assert.That(results, Has.Count.EqualTo(2));
        Assert.That(results[0].Outcome, Is.EqualTo(ReadOutcome.Record));
        Assert.That(results[1].Outcome, Is.EqualTo(ReadOutcome.Rejected));
        Assert.That(results[1].Position, Is.EqualTo(new RecordPosition(2, 57)));
        Assert.That(results[1].Reason, Does.Contain("Unexpected end of file"));
    }

    [Test]
    public void Read_AmountNotANumber_RejectedWithTheValue()
    {
        var results = ReadCorrupted(Award1500204, lines => lines[7] = "    <AwardAmount>200,000.00 USD</AwardAmount>");

        AssertRejected(results.Single(), "award 1500204: AwardAmount '200,000.00 USD' is not a number");
    }

    [Test]
    public void Read_EffectiveDateNotMonthDayYear_RejectedWithTheValue()
    {
        var results = ReadCorrupted(Award1500204, lines => lines[5] = "    <AwardEffectiveDate>2015-07-01</AwardEffectiveDate>");

        AssertRejected(results.Single(), "award 1500204: AwardEffectiveDate '2015-07-01' is not MM/dd/yyyy");
    }

    [Test]
    public void Read_EmptyTitle_RejectedAsMissingTitle()
    {
        var results = ReadCorrupted(Award1500204, lines => lines[4] = "    <AwardTitle>  </AwardTitle>");

        AssertRejected(results.Single(), "award 1500204: missing AwardTitle");
    }

    private static void AssertRejected(ReadResult result, string reason)
    {
        Assert.That(result.Outcome, Is.EqualTo(ReadOutcome.Rejected));
        Assert.That(result.Position, Is.EqualTo(new RecordPosition(1, 4)));
        Assert.That(result.Reason, Is.EqualTo(reason));
        Assert.That(result.RawText, Does.Contain("<AwardID>1500204</AwardID>"));
    }

    private List<ReadResult> ReadCorrupted(string relativePath, Action<string[]> corrupt, int? keepLines = null)
    {
        var lines = File.ReadAllText(SharedData.Path(relativePath)).Split('\n');
        corrupt(lines);
        if (keepLines is { } count) lines = lines[..count];
        var path = Path.Combine(_folder, Path.GetFileName(relativePath));
        File.WriteAllText(path, string.Join('\n', lines));
        return RecordFiles.ReadAll(new NsfAwardReader(), path);
    }
}
