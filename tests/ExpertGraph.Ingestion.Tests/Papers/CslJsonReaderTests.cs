using ExpertGraph.Core.Model;
using ExpertGraph.Core.Names;
using ExpertGraph.Ingestion.Papers;
using ExpertGraph.Ingestion.Reading;
using ExpertGraph.Tests.Shared;

namespace ExpertGraph.Ingestion.Tests.Papers;

/// <summary>The real CSL-JSON exports (openalexPro's corpus_csl): counts, positions and fields read off the files by hand.</summary>
public sealed class CslJsonReaderTests
{
    private const string Folder = "records/openalex-works-json/openalex_exports/corpus_csl";
    private readonly CslJsonReader reader = new();

    // Counted with python3: len(json.load(f)) per chunk, and no item without a title (SOURCE.txt: 369 works in all).
    [TestCase("chunk_1.json", 100)]
    [TestCase("chunk_2.json", 100)]
    [TestCase("chunk_3.json", 100)]
    [TestCase("chunk_4.json", 69)]
    public void Read_EveryCslChunk_YieldsHandCountedRecords(string file, int records)
    {
        RecordFiles.AssertReadsAll(reader, SharedData.Path($"{Folder}/{file}"), records, skipped: 0);
    }

    [Test]
    public void Read_AllChunks_KeyEveryItemByItsOpenAlexWorkId()
    {
        var works = Enumerable.Range(1, 4).SelectMany(i => RecordFiles.ReadAll(reader, SharedData.Path($"{Folder}/chunk_{i}.json"))).Select(r => r.Work!).ToList();

        Assert.That(works.Select(w => w.Key.Source), Has.All.EqualTo("openalex"));
        Assert.That(works.Select(w => w.Key.Id).Distinct().Count(), Is.EqualTo(369));
        Assert.That(works.Select(w => w.Identifiers[0]), Is.EqualTo(works.Select(w => new WorkIdentifier(IdentifierScheme.OpenAlexId, w.Key.Id))));
    }

    [TestCase(1, 1L)]
    [TestCase(2, 1321L)]
    public void Read_Item_KeepsItsExactPosition(int record, long offset)
    {
        // chunk_1.json is one line: "[{" puts the first item at byte 1; `grep -b -o '},{"type"'` finds the second at 1319 + 2.
        var results = RecordFiles.ReadAll(reader, SharedData.Path($"{Folder}/chunk_1.json"));

        Assert.That(results[record - 1].Position, Is.EqualTo(new RecordPosition(record, 1, offset)));
    }

    [Test]
    public void Read_FirstItem_MapsEveryField()
    {
        var work = RecordFiles.ReadAll(reader, SharedData.Path($"{Folder}/chunk_1.json"))[0].Work!;

        Assert.Multiple(() =>
        {
            Assert.That(work.Key, Is.EqualTo(new SourceKey("openalex", "W100927044")));
            Assert.That(work.Kind, Is.EqualTo(WorkKind.Paper));
            Assert.That(work.Title, Is.EqualTo("Financing Biodiversity Conservation"));
            // "issued": {"date-parts": []} in every item of this export.
            Assert.That(work.Year, Is.Null);
            Assert.That(work.Venue, Is.Null);
            Assert.That(work.Language, Is.EqualTo("en"));
            Assert.That(work.CitationCount, Is.EqualTo(20));
            Assert.That(work.Abstract, Does.StartWith("Financing the conservation and sustainable use of biodiversity has been called"));
            Assert.That(work.Keywords, Is.EqualTo(new[]
            {
                "Biodiversity", "Biodiversity conservation", "Business", "Environmental resource management", "Environmental science", "Ecology", "Biology",
            }));
            // {"given": "", "family": "Ricardo Bayón"}: the whole name sits in "family", so it is left to the name parser.
            Assert.That(work.Authors.Select(a => (a.Position, a.RawName, a.Name, a.Role)), Is.EqualTo(new[]
            {
                (1, "Ricardo Bayón", (PersonName?)null, AuthorRole.Author),
                (2, "J. Steven Lovink", null, AuthorRole.Author),
                (3, "Wouter Veening", null, AuthorRole.Author),
            }));
            Assert.That(work.Identifiers, Is.EqualTo(new[]
            {
                new WorkIdentifier(IdentifierScheme.OpenAlexId, "W100927044"),
                new WorkIdentifier(IdentifierScheme.Doi, "10.18235/0008810"),
            }));
        });
    }

    [Test]
    public void Read_ArticleWithOrcid_MapsVenueOrcidAndCitations()
    {
        var work = RecordFiles.ReadAll(reader, SharedData.Path($"{Folder}/chunk_1.json"))[1].Work!;

        Assert.That(work.Key, Is.EqualTo(new SourceKey("openalex", "W4235089722")));
        Assert.That(work.Title, Is.EqualTo("Biodiversity Finance"));
        Assert.That(work.Venue, Is.EqualTo("International Affairs"));
        Assert.That(work.Authors.Single().RawName, Is.EqualTo("Michael C. Rubino"));
        Assert.That(work.Authors.Single().Orcid, Is.EqualTo("0000-0002-6528-1179"));
        Assert.That(work.CitationCount, Is.EqualTo(17));
        Assert.That(work.Keywords, Has.Count.EqualTo(21).And.Contains("Investment (military)"));
    }

    [TestCase(16, "W2757527038", "Building Biodiversity Business", null, 85, 5)]
    [TestCase(37, "W3125850962", "Financing incentives for the protection of biodiversity", "RePEc: Research Papers in Economics", 0, 2)]
    public void Read_BookAndManuscript_AreWorksToo(int item, string id, string title, string? venue, int citations, int authors)
    {
        // Item 16 is "type": "book" (no DOI, no container), item 37 "type": "manuscript".
        var work = RecordFiles.ReadAll(reader, SharedData.Path($"{Folder}/chunk_1.json"))[item - 1].Work!;

        Assert.That((work.Key, work.Kind, work.Title, work.Venue, work.CitationCount, work.Authors.Count),
            Is.EqualTo((new SourceKey("openalex", id), WorkKind.Paper, title, venue, (int?)citations, authors)));
    }

    [Test]
    public void Read_LastItemOfTheLastChunk_IsRead()
    {
        var results = RecordFiles.ReadAll(reader, SharedData.Path($"{Folder}/chunk_4.json"));

        Assert.That(results[^1].Work!.Key.Id, Is.EqualTo("W4250836240"));
        Assert.That(results[^1].Work!.Title, Is.EqualTo("Address of the President, Lord Rees of Ludlow OM Kt PRS, given at the anniversary meeting on 30 November 2007"));
    }
}
