using ExpertGraph.Ingestion.Patents;
using ExpertGraph.Ingestion.Reading;
using ExpertGraph.Tests.Shared;

namespace ExpertGraph.Ingestion.Tests.Patents;

/// <summary>Every real USPTO file: counts, format detection, and the multi-document weekly files.</summary>
[TestFixture]
public sealed class UsptoPatentReaderTests
{
    private static IEnumerable<string> UsptoFiles() => UsptoTestFiles.All();

    [TestCaseSource(nameof(UsptoFiles))]
    public void Read_EveryUsptoFile_YieldsOneResultPerXmlDeclaration(string relative)
    {
        var path = SharedData.Path(relative);
        // What `grep -c '^\s*<?xml'` counts; a file without a declaration (v4-0-A1.xml, basic.xml) is still one document.
        var declarations = File.ReadLines(path).Count(line => line.TrimStart().StartsWith("<?xml", StringComparison.Ordinal));

        var results = UsptoTestFiles.Read(relative);

        Assert.That(results, Has.Count.EqualTo(Math.Max(1, declarations)));
        Assert.That(results.Select(r => r.Position.RecordNumber), Is.EqualTo(Enumerable.Range(1, results.Count).Select(n => (long)n)));
        Assert.That(results.Where(r => r.Outcome != ReadOutcome.Record).Select(r => r.Reason), Has.None.Null.And.None.Empty);
    }

    // Counts read off the files with grep -c '<?xml' and grep -c '<!DOCTYPE sequence-cwu'.
    [TestCase("patentsview-db-fixtures/ipgxml/ipg050104.small.xml", 25, 0)]
    [TestCase("patentsview-db-fixtures/ipgxml/ipg060103.small.xml", 25, 2)]
    [TestCase("patentsview-db-fixtures/ipgxml/ipg070102.small.xml", 25, 1)]
    [TestCase("patentsview-db-fixtures/ipgxml/ipg080101.small.xml", 25, 0)]
    [TestCase("patentsview-db-fixtures/ipgxml/ipg090106.small.xml", 25, 0)]
    [TestCase("patentsview-db-fixtures/ipgxml/ipg100105.small.xml", 25, 0)]
    [TestCase("patentsview-db-fixtures/ipgxml/ipg110104.small.xml", 25, 0)]
    [TestCase("patentsview-db-fixtures/ipgxml/ipg120103.small.xml", 25, 0)]
    [TestCase("patentsview-db-fixtures/xml/ipg120327.196.xml", 196, 0)]
    [TestCase("patentsview-db-fixtures/xml/ipg120327.18.xml", 18, 0)]
    [TestCase("patentsview-db-fixtures/xml/ipg120327.two.xml", 2, 0)]
    [TestCase("patentsview-db-fixtures/xml/ipa130117.one.xml", 2, 0)]
    [TestCase("go-uspto-test-data/test.xml", 2, 0)]
    public void Read_MultiDocumentFile_ReadsEveryPatentAndSkipsSequenceListings(string relative, int records, int sequenceListings)
    {
        var results = UsptoTestFiles.Read(relative);

        Assert.That(results.Count(r => r.Outcome == ReadOutcome.Record), Is.EqualTo(records));
        Assert.That(results.Count(r => r.Outcome == ReadOutcome.Skipped), Is.EqualTo(sequenceListings));
        Assert.That(results.Count(r => r.Outcome == ReadOutcome.Rejected), Is.Zero);
    }

    [Test]
    public void Read_WeeklyFile_ThirdPatentHasItsTitleInventorsAndPosition()
    {
        var results = UsptoTestFiles.Read("patentsview-db-fixtures/ipgxml/ipg050104.small.xml");

        // grep -bn '<?xml' ipg050104.small.xml: the third declaration is on line 1509 at byte 154402.
        var third = results[2];
        Assert.That(third.Position, Is.EqualTo(new RecordPosition(3, 1509, 154402)));
        Assert.That(third.Work!.Title, Is.EqualTo("Power management of a computer with vapor-cooled processor"));
        Assert.That(third.Work.Key.Id, Is.EqualTo("US06837063B1"));
        Assert.That(third.Work.Authors.Select(a => a.RawName), Is.EqualTo(new[] { "Charles D. Hood, III", "Curtis L. Progl" }));
        Assert.That(third.Work.Organizations.Select(o => o.Organization), Is.EqualTo(new[] { "Dell Products L.P." }));
    }

    [Test]
    public void Read_WeeklyFileWithSequenceListings_SkipsThemAtTheirPositions()
    {
        var results = UsptoTestFiles.Read("patentsview-db-fixtures/ipgxml/ipg060103.small.xml");

        // grep -bn '<!DOCTYPE sequence-cwu' -B1: declarations on lines 6448 (byte 590359) and 8652 (byte 702205).
        var skipped = results.Where(r => r.Outcome == ReadOutcome.Skipped).Select(r => r.Position);
        Assert.That(skipped, Is.EqualTo(new[] { new RecordPosition(13, 6448, 590359), new RecordPosition(15, 8652, 702205) }));
    }

    [Test]
    public void Read_IndentedDeclaration_StartsSecondDocumentAtItsLine()
    {
        var results = UsptoTestFiles.Read("go-uspto-test-data/test.xml");

        // Line 871 is "        <?xml ...": grep -b gives the line at byte 63176, the '<' is 8 bytes further.
        Assert.That(results[1].Position, Is.EqualTo(new RecordPosition(2, 871, 63184)));
        Assert.That(results[1].Work!.Key.Id, Is.EqualTo("US11147203B2"));
        Assert.That(results[1].Work!.Title, Is.EqualTo("Middle mounted implement tractor"));
    }

    [Test]
    public void Read_GrantWithUnbalancedMathsTag_IsRejectedWithItsRawText()
    {
        // US07057742-20060606.XML line 880 closes </maths> whose <maths> opening tag is missing (expat agrees).
        var results = UsptoTestFiles.Read("go-uspto-test-data/grant/US07057742-20060606.XML");

        Assert.That(results, Has.Count.EqualTo(1));
        Assert.That(results[0].Outcome, Is.EqualTo(ReadOutcome.Rejected));
        Assert.That(results[0].Position, Is.EqualTo(new RecordPosition(1, 1, 0)));
        Assert.That(results[0].Reason, Does.Contain("line 880").And.Contain("maths"));
        Assert.That(results[0].RawText, Does.Contain("<doc-number>07057742</doc-number>"));
    }

    [Test]
    public void Read_NonPatentXml_IsRejectedNamingItsRoot()
    {
        // patentsview-db-fixtures/xml/basic.xml is a PatentsView parser fixture: <a><b><c>hello</c>...
        var results = UsptoTestFiles.Read("patentsview-db-fixtures/xml/basic.xml");

        Assert.That(results, Has.Count.EqualTo(1));
        Assert.That(results[0].Outcome, Is.EqualTo(ReadOutcome.Rejected));
        Assert.That(results[0].Reason, Does.Contain("<a>"));
        Assert.That(results[0].RawText, Does.Contain("<c>hello</c>"));
    }

    [Test]
    public void Read_SequenceListingFile_IsSkippedWithReason()
    {
        var results = UsptoTestFiles.Read("patentsview-db-fixtures/xml/patent_six_unparsed_.xml");

        Assert.That(results, Has.Count.EqualTo(1));
        Assert.That(results[0].Outcome, Is.EqualTo(ReadOutcome.Skipped));
        Assert.That(results[0].Reason, Does.Contain("sequence-cwu"));
    }

    [TestCaseSource(nameof(UsptoFiles))]
    public void CanRead_UsptoFile_IsTrueExceptForTheNonPatentFixture(string relative)
    {
        var path = SharedData.Path(relative);

        var canRead = new UsptoPatentReader().CanRead(Head(path), path);

        Assert.That(canRead, Is.EqualTo(!relative.EndsWith("/basic.xml", StringComparison.Ordinal)));
    }

    [Test]
    public void CanRead_EveryOtherRecordsFile_IsFalse()
    {
        var records = SharedData.Path("records");
        var reader = new UsptoPatentReader();
        var others = Directory.EnumerateFiles(records, "*", SearchOption.AllDirectories)
            .Where(path => !path.Contains("uspto-patent-xml", StringComparison.Ordinal))
            .ToList();

        var claimed = others.Where(path => reader.CanRead(Head(path), path)).ToList();

        Assert.That(others, Is.Not.Empty);
        Assert.That(claimed, Is.Empty);
    }

    [Test]
    public void CanRead_EpoPatentDocument_IsFalse()
    {
        var epo = SharedData.Path("records/epo-ep-publication-xml");
        var files = Directory.EnumerateFiles(epo, "*.xml", SearchOption.AllDirectories).ToList();

        Assert.That(files, Is.Not.Empty);
        Assert.That(files.Where(path => new UsptoPatentReader().CanRead(Head(path), path)), Is.Empty);
    }

    [Test]
    public void FormatName_IsUsptoXml() =>
        Assert.That(new UsptoPatentReader().FormatName, Is.EqualTo("uspto-xml"));

    private static byte[] Head(string path)
    {
        using var stream = File.OpenRead(path);
        var buffer = new byte[64 * 1024];
        var length = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        return buffer[..length];
    }
}
