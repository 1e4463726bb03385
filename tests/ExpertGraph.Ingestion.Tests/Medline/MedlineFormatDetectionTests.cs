using ExpertGraph.Ingestion.Medline;
using ExpertGraph.Ingestion.Reading;
using ExpertGraph.Ingestion.Tests.Papers;
using ExpertGraph.Tests.Shared;

namespace ExpertGraph.Ingestion.Tests.Medline;

/// <summary>
/// Each PubMed reader claims exactly its own files of shared/data/records, and no other reader of the default list
/// claims them. Heads are taken as the pipeline takes them: a .gz file decompressed.
/// </summary>
public sealed class MedlineFormatDetectionTests
{
    private static readonly Dictionary<string, string> OwnFiles = new(StringComparer.Ordinal)
    {
        [MedlineFiles.SingleArticle] = "pubmed-xml",
        [MedlineFiles.CurrentMedline] = "pubmed-xml",
        [MedlineFiles.Medline2016] = "pubmed-xml",
        [MedlineFiles.MedlineText] = "medline-text",
    };

    [Test]
    public void CanRead_EveryRecordsFile_IsClaimedByItsOwnReaderOnly()
    {
        var records = SharedData.Path("records");
        var expected = OwnFiles.Concat(MedlineFiles.JatsFiles.Select(f => KeyValuePair.Create(MedlineFiles.JatsFolder + f, "pmc-jats-xml")))
            .ToDictionary(p => p.Key["records/".Length..], p => p.Value, StringComparer.Ordinal);
        var ours = new HashSet<string>(["pubmed-xml", "pmc-jats-xml", "medline-text"], StringComparer.Ordinal);
        var wrong = new List<string>();
        foreach (var path in Directory.EnumerateFiles(records, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(records, path).Replace('\\', '/');
            var head = MedlineFiles.Head(path);
            var owner = expected.GetValueOrDefault(relative);
            foreach (var reader in RecordReaders.CreateDefault())
            {
                var claims = reader.CanRead(head, path);
                // Our readers must claim their files and nothing else; the others must leave our files alone.
                if (ours.Contains(reader.FormatName) ? claims != (owner == reader.FormatName) : claims && owner is not null)
                    wrong.Add($"{reader.FormatName} {(claims ? "claims" : "misses")} {relative}");
            }
        }

        Assert.That(wrong, Is.Empty);
        Assert.That(expected, Has.Count.EqualTo(12));
    }

    [Test]
    public void CanRead_GzipBytesAsTheyAreOnDisk_IsFalse()
    {
        var path = SharedData.Path(MedlineFiles.Medline2016);

        Assert.That(new PubmedXmlReader().CanRead(RecordFiles.Head(path), path), Is.False);
    }

    [TestCase("<?xml version=\"1.0\"?>\n<!DOCTYPE PubmedArticleSet PUBLIC \"-//NLM//DTD PubMedArticle, 1st January 2019//EN\" \"pubmed_190101.dtd\">\n<PubmedArticleSet>\n<PubmedArticle>", true)]
    [TestCase("\uFEFF<!-- efetch -->\n<PubmedArticleSet><PubmedArticle>", true)]
    [TestCase("<MedlineCitationSet>\n<MedlineCitation Owner=\"NLM\">", true)]
    [TestCase("<!DOCTYPE x [<!ELEMENT x ANY>]><PubmedArticleSetX>", false)]
    [TestCase("<dblp><article key=\"journals/x\"><title>PubmedArticleSet</title>", false)]
    public void CanRead_XmlHead_DependsOnTheDocumentElement(string head, bool expected) =>
        Assert.That(new PubmedXmlReader().CanRead(System.Text.Encoding.UTF8.GetBytes(head), "x.xml"), Is.EqualTo(expected));

    [TestCase("\nPMID- 26524502\nOWN - NLM\n", true)]
    [TestCase("PMID- 1\r\nTI  - A title.\r\n", true)]
    [TestCase("TY  - JOUR\nPMID- 1\n", false)]
    [TestCase("PMID- 26524502\n\n", false)]
    [TestCase("FN Thomson Reuters Web of Science\nVR 1.0\nPT J\n", false)]
    public void CanRead_TextHead_NeedsAPmidLineFollowedByAField(string head, bool expected) =>
        Assert.That(new MedlineTextReader().CanRead(System.Text.Encoding.UTF8.GetBytes(head), "x.txt"), Is.EqualTo(expected));
}
