using ExpertGraph.Ingestion.Pipeline;
using ExpertGraph.Integration.Tests.Support;
using ExpertGraph.Query;
using ExpertGraph.Tests.Shared;

namespace ExpertGraph.Integration.Tests.Pipeline;

/// <summary>
/// Issue 3's closing check: `expertgraph ingest shared/data/records` on the whole folder, every format at once. Every
/// file is read by some reader or is one of the folder's notes and code lists; every quarantined record is one of the
/// known broken ones (README, "Formats"); the counts add up, per file and in total; a second run reads nothing again.
/// </summary>
public sealed class WholeRecordsFolderTests
{
    // Files in records/ that hold no records: licences and provenance notes, a DTD, NSFC discipline code lists, a WoS
    // query note, a toy XML file of the PatentsView fixtures.
    private static readonly string[] NotRecords =
    [
        "dblp-xml-sample/dblp.dtd",
        "metaknowledge-tests/metaknowledge/tests/nsfTestFiles/source.md",
        "nsfc-china-grants/blacklist/subcodes_C.csv",
        "nsfc-china-grants/output.csv",
        "nsfc-china-grants/output_C.csv",
        "nsfc-china-grants/output_H.csv",
        "nsfc-china-grants/subcodes.csv",
        "scientopy-wos/dataInExample/searchCriteria.txt",
        "uspto-patent-xml/patentsview-db-fixtures/README.goldstandard-upstream.md",
        "uspto-patent-xml/patentsview-db-fixtures/xml/basic.xml",
    ];

    // The records that are broken in the files themselves (each explained in the README's format table).
    private static readonly (string File, long Record)[] Quarantined =
    [
        ("epo-ep-publication-xml/application/v1-5-1-A1-2.xml", 1),
        ("metaknowledge-tests/metaknowledge/tests/NSERC_TEST_PARTNER.testcsv", 862),
        ("metaknowledge-tests/metaknowledge/tests/badFile.isi", 1),
        ("metaknowledge-tests/metaknowledge/tests/nsfTestFiles/badXMLfile.xml", 1),
        ("metaknowledge-tests/metaknowledge/tests/nsfTestFiles/noID.xml", 1),
        ("metaknowledge-tests/metaknowledge/tests/testFile.isi", 1),
        ("metaknowledge-tests/metaknowledge/tests/testFile.isi", 6),
        ("metaknowledge-tests/metaknowledge/tests/testFile.isi", 8),
        ("uspto-patent-xml/go-uspto-test-data/grant/US07057742-20060606.XML", 1),
    ];

    [Test]
    public async Task Ingest_WholeRecordsFolder_EveryFileReadOrExplainedAndCountsAddUp()
    {
        var records = SharedData.Path("records");
        using var temp = new TempDataFolder();
        using var workspace = Workspace.Open(new DataDirectory(temp.Sub("data")));

        var summary = await workspace.IngestAsync([records], new IngestionOptions(), null, CancellationToken.None);

        string Relative(string path) => Path.GetRelativePath(records, path).Replace('\\', '/');
        var notRead = summary.Files.Where(f => f.Outcome != FileOutcome.Completed).ToList();
        Assert.That(notRead.Where(f => f.Outcome != FileOutcome.NotRecords), Is.Empty, "no file failed or was of an unknown format");
        Assert.That(notRead.Select(f => Relative(f.Path)).Where(p => !IsNote(p)), Is.EquivalentTo(NotRecords));
        Assert.That(summary.Files.Where(f => f.Outcome == FileOutcome.Completed).Select(f => f.Format).Distinct(), Is.EquivalentTo(new[]
        {
            "openalex-json", "crossref-json", "csl-json", "dblp-xml", "pubmed-xml", "pmc-jats-xml", "medline-text", "arxiv-jsonl",
            "wos-tagged", "wos-tab", "proquest-text", "scopus-csv", "ieee-csv", "springer-csv", "retraction-watch-csv", "ris",
            "bibtex", "cnki-noteexpress", "uspto-xml", "epo-xml", "nsfc-csv", "nsf-award-xml", "nserc-csv",
        }), "every format has real files here");
        foreach (var file in summary.Files)
            Assert.That(file.Records.Read, Is.EqualTo(file.Records.Inserted + file.Records.Updated + file.Records.Unchanged + file.Records.Quarantined + file.Records.Skipped), file.Path);
        Assert.That(summary.Records.Read, Is.EqualTo(summary.Files.Sum(f => f.Records.Read)));
        var quarantine = workspace.Store.GetQuarantine(100);
        Assert.That(quarantine.Select(q => (Relative(q.FilePath), q.RecordNumber)), Is.EquivalentTo(Quarantined));
        Assert.That(summary.Records.Quarantined, Is.EqualTo(Quarantined.Length));

        var again = await workspace.IngestAsync([records], new IngestionOptions(), null, CancellationToken.None);

        Assert.That(again.Files.Count(f => f.Outcome == FileOutcome.AlreadyIngested), Is.EqualTo(summary.Files.Count(f => f.Outcome == FileOutcome.Completed)));
        Assert.That(again.Records.Read, Is.Zero);
    }

    private static bool IsNote(string relative)
    {
        var name = Path.GetFileName(relative);
        return name.StartsWith("LICENSE", StringComparison.Ordinal) || name == "SOURCE.txt";
    }
}
