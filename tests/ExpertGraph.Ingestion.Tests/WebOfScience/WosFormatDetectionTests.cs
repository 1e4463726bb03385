using ExpertGraph.Ingestion.Reading;
using ExpertGraph.Ingestion.WebOfScience;
using ExpertGraph.Tests.Shared;

namespace ExpertGraph.Ingestion.Tests.WebOfScience;

/// <summary>The WoS readers claim exactly the WoS exports among the real records, and no other reader claims those.</summary>
public sealed class WosFormatDetectionTests
{
    [Test]
    public void CanRead_EveryRecordsFile_OnlyWosExportsAreClaimedByTheWosReaders()
    {
        var tagged = new WosTaggedReader();
        var tab = new WosTabReader();
        var wrong = new List<string>();
        foreach (var relative in WosFiles.AllRecordFiles())
        {
            var path = SharedData.Path(relative);
            var head = WosFiles.Head(path);
            if (tagged.CanRead(head, Path.GetFileName(path)) != WosFiles.Tagged.Contains(relative)) wrong.Add("wos-tagged " + relative);
            if (tab.CanRead(head, Path.GetFileName(path)) != WosFiles.Tab.Contains(relative)) wrong.Add("wos-tab " + relative);
        }

        Assert.That(wrong, Is.Empty);
    }

    [Test]
    public void CanRead_WosExports_NoOtherDefaultReaderClaimsThem()
    {
        var others = RecordReaders.CreateDefault().Where(r => !r.FormatName.StartsWith("wos-", StringComparison.Ordinal)).ToList();
        var claimed = new List<string>();
        foreach (var relative in WosFiles.Tagged.Concat(WosFiles.Tab))
        {
            var path = SharedData.Path(relative);
            var head = WosFiles.Head(path);
            claimed.AddRange(others.Where(r => r.CanRead(head, Path.GetFileName(path))).Select(r => r.FormatName + " " + relative));
        }

        Assert.That(claimed, Is.Empty);
    }

    [Test]
    public void Detect_WosExports_GetTheirReader()
    {
        var detector = new FormatDetector(RecordReaders.CreateDefault());

        Assert.That(WosFiles.Tagged.Select(file => detector.TryDetect(SharedData.Path(file))?.FormatName), Is.All.EqualTo("wos-tagged"));
        Assert.That(WosFiles.Tab.Select(file => detector.TryDetect(SharedData.Path(file))?.FormatName), Is.All.EqualTo("wos-tab"));
    }

    [TestCase("PT J\nAU Doe, J\nTI A title\nER\n", true)]
    [TestCase("FN Clarivate Analytics Web of Science\nVR 1.0\nPT J\n", true)]
    [TestCase("FN Thomson Reuters Web of Science™\nVR 1.0\n", true)]
    [TestCase("FN Anything\nVR 1.0\nPT J\n", true)]
    [TestCase("PT J\nAU Doe, J\nTI A title\n", false)]
    [TestCase("TY  - JOUR\nAU  - Doe, J\nER  - \n", false)]
    [TestCase("PMID- 123\nTI  - A title\n", false)]
    [TestCase("PT\tAU\tTI\tSO\tUT\nJ\tDoe, J\tA title\tJ\tWOS:1\n", false)]
    public void CanRead_TaggedHeads(string head, bool expected) =>
        Assert.That(new WosTaggedReader().CanRead(System.Text.Encoding.UTF8.GetBytes(head), "x.txt"), Is.EqualTo(expected));

    [TestCase("PT\tAU\tBA\tBE\tGP\tAF\tTI\tSO\tUT\t\r\n", true)]
    [TestCase("PT\tAU\tTI\tSO\tUT", true)]
    [TestCase("PT\tAU\tTI\tSO\n", false)]
    [TestCase("PT\tAU\tTI\tSO\tUT\tTitle\n", false)]
    [TestCase("Authors,Title,Year,Source title\n", false)]
    [TestCase("PT J\nAU Doe, J\n", false)]
    public void CanRead_TabHeads(string head, bool expected) =>
        Assert.That(new WosTabReader().CanRead(System.Text.Encoding.UTF8.GetBytes(head), "x.txt"), Is.EqualTo(expected));
}
