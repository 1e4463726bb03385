using ExpertGraph.Ingestion.Reading;
using ExpertGraph.Tests.Shared;

namespace ExpertGraph.Ingestion.Tests.Grants;

/// <summary>The default reader list, in its order, gives each grant file its own reader.</summary>
public sealed class GrantFormatDetectionTests
{
    private static readonly FormatDetector Detector = new(RecordReaders.CreateDefault());

    [TestCaseSource(typeof(MetaknowledgeGrantFiles), nameof(MetaknowledgeGrantFiles.Nsf))]
    public void Detect_NsfAwardFile_IsNsfAwardXml(string relativePath) =>
        Assert.That(Detector.Detect(SharedData.Path(relativePath)).FormatName, Is.EqualTo("nsf-award-xml"));

    [TestCase(MetaknowledgeGrantFiles.NsercCoApplicants)]
    [TestCase(MetaknowledgeGrantFiles.NsercPartners)]
    public void Detect_NsercLinkTable_IsNsercCsv(string relativePath) =>
        Assert.That(Detector.Detect(SharedData.Path(relativePath)).FormatName, Is.EqualTo("nserc-csv"));

    [Test]
    public void Detect_NsfcGrantFile_StaysNsfcCsv() =>
        Assert.That(Detector.Detect(SharedData.Path(NsfcGrantFiles.Folder + "/19_21/C01/C0106.csv")).FormatName, Is.EqualTo("nsfc-csv"));
}
