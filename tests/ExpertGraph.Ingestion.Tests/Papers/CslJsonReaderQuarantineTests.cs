using System.Text.Json.Nodes;
using ExpertGraph.Core.Model;
using ExpertGraph.Core.Names;
using ExpertGraph.Ingestion.Papers;
using ExpertGraph.Ingestion.Reading;
using ExpertGraph.Tests.Shared;

namespace ExpertGraph.Ingestion.Tests.Papers;

/// <summary>
/// Corrupted copies of the real export, and the CSL shapes the folder has no real file of: a Zotero-style item with
/// split names and dates, items without a global id, and one item as Crossref's content negotiation returns it.
/// </summary>
public sealed class CslJsonReaderQuarantineTests
{
    private const string Chunk1 = "records/openalex-works-json/openalex_exports/corpus_csl/chunk_1.json";
    private readonly CslJsonReader reader = new();
    private string temp = null!;

    [SetUp]
    public void CreateTempFolder() => temp = RecordFiles.TempFolder();

    [TearDown]
    public void DeleteTempFolder() => Directory.Delete(temp, recursive: true);

    [Test]
    public void Read_TruncatedArray_RejectsTheBrokenItemAndStopsThatFile()
    {
        // The third item starts at byte 2821 (`grep -b -o '},{"type"' chunk_1.json`, second hit + 2).
        var bytes = File.ReadAllBytes(SharedData.Path(Chunk1));
        var copy = Path.Combine(temp, "truncated.json");
        File.WriteAllBytes(copy, bytes[..(2821 + 300)]);

        var results = RecordFiles.ReadAll(reader, copy);

        Assert.That(results, Has.Count.EqualTo(3));
        Assert.That(results.Take(2).Select(r => r.Outcome), Has.All.EqualTo(ReadOutcome.Record));
        Assert.That(results[2].Outcome, Is.EqualTo(ReadOutcome.Rejected));
        Assert.That(results[2].Position, Is.EqualTo(new RecordPosition(3, 1, 2821)));
        Assert.That(results[2].Reason, Does.StartWith("malformed JSON in CSL item: ").And.EndWith("; the rest of the file is not read"));
        Assert.That(results[2].RawText, Does.StartWith("{\"type\":\"article-journal\",\"id\":\"https://openalex.org/W2041234663\""));
    }

    [Test]
    public void Read_ArrayWithBadItems_RejectsEachWithItsReasonAndReadsTheRest()
    {
        var items = JsonNode.Parse(File.ReadAllText(SharedData.Path(Chunk1)))!.AsArray();
        items[4] = 42;
        items[9]!["title"] = "  ";
        var copy = Path.Combine(temp, "bad.json");
        File.WriteAllText(copy, items.ToJsonString());

        var results = RecordFiles.ReadAll(reader, copy);

        Assert.That(results, Has.Count.EqualTo(100));
        Assert.That(results.Where(r => r.Outcome == ReadOutcome.Rejected).Select(r => (r.Position.RecordNumber, r.Reason)), Is.EqualTo(new (long, string?)[]
        {
            (5, "a JSON Number, not a CSL item"),
            (10, "missing title"),
        }));
        Assert.That(results.Count(r => r.Outcome == ReadOutcome.Record), Is.EqualTo(98));
    }

    [Test]
    public void Read_ZoteroStyleItem_SplitsNamesAndKeysByDoi()
    {
        var copy = Write("zotero.json", """
            [
              {
                "id": "http://zotero.org/users/local/abc/items/7QKZ2M4D",
                "type": "article-journal",
                "title": "A <i>Drosophila</i> screen",
                "container-title": "Nature Communications",
                "author": [
                  {"family": "Beek", "given": "Jan", "non-dropping-particle": "van"},
                  {"family": "张", "given": "伟"},
                  {"literal": "The ENCODE Consortium"}
                ],
                "editor": [{"family": "Smith", "given": "Anna", "suffix": "Jr."}],
                "issued": {"date-parts": [["2019", 5, 2]]},
                "DOI": "https://doi.org/10.1038/S41467-019-09999-X",
                "PMID": "31048690",
                "ISSN": "2041-1723",
                "language": "en-GB",
                "keyword": "genetics, screens"
              }
            ]
            """);

        var work = RecordFiles.ReadAll(reader, copy).Single().Work!;

        Assert.That(work.Key, Is.EqualTo(new SourceKey("doi", "10.1038/s41467-019-09999-x")));
        Assert.That(work.Title, Is.EqualTo("A <i>Drosophila</i> screen"));
        Assert.That((work.Year, work.Venue, work.Language), Is.EqualTo((2019, "Nature Communications", "en")));
        Assert.That(work.Keywords, Is.EqualTo(new[] { "genetics", "screens" }));
        Assert.That(work.Authors.Select(a => (a.Position, a.RawName, a.Name, a.Role)), Is.EqualTo(new[]
        {
            (1, "Jan van Beek", new PersonName("van Beek", "Jan", NameScript.Latin), AuthorRole.Author),
            (2, "张伟", new PersonName("张", "伟", NameScript.Han), AuthorRole.Author),
            (3, "The ENCODE Consortium", null, AuthorRole.Author),
            (4, "Anna Smith Jr.", new PersonName("Smith", "Anna", NameScript.Latin), AuthorRole.Editor),
        }));
        Assert.That(work.Identifiers, Is.EqualTo(new[]
        {
            new WorkIdentifier(IdentifierScheme.Doi, "10.1038/s41467-019-09999-x"),
            new WorkIdentifier(IdentifierScheme.Pmid, "31048690"),
            new WorkIdentifier(IdentifierScheme.Other, "issn:2041-1723"),
        }));
    }

    [Test]
    public void Read_ItemsWithoutDoi_AreKeyedByTheirUriOrByAStableContentHash()
    {
        const string items = """
            [{"id": "ITEM-1", "type": "book", "title": "Local Knowledge", "author": [{"family": "Geertz", "given": "Clifford"}], "issued": {"raw": "1983"}},
             {"id": "http://zotero.org/users/1/items/ABCD2345", "type": "report", "title": "A Report", "issued": {"date-parts": [[2001]]}}]
            """;
        var first = RecordFiles.ReadAll(reader, Write("a.json", items));
        var second = RecordFiles.ReadAll(reader, Write("b.json", items.Replace("ITEM-1", "ITEM-9", StringComparison.Ordinal)));

        Assert.That(first[0].Work!.Key.Source, Is.EqualTo("csl"));
        Assert.That(first[0].Work!.Key.Id, Does.Match("^sha256:[0-9a-f]{32}$"));
        Assert.That(second[0].Work!.Key, Is.EqualTo(first[0].Work!.Key), "a local citation key is no part of the key");
        Assert.That(first[0].Work!.Year, Is.EqualTo(1983));
        Assert.That(first[1].Work!.Key, Is.EqualTo(new SourceKey("csl", "http://zotero.org/users/1/items/ABCD2345")));
    }

    [Test]
    public void Read_OneItemAsCrossrefContentNegotiationReturnsIt_IsCslNotCrossref()
    {
        // What https://doi.org/10.1016/j.eng.2025.11.015 returns for Accept: application/vnd.citationstyles.csl+json,
        // reduced to a few fields (values from line 61 of crossref_works_dedup.jsonl): CSL type and string titles.
        var copy = Write("negotiated.json", """
            {
              "reference-count": 118,
              "publisher": "Elsevier BV",
              "DOI": "10.1016/j.eng.2025.11.015",
              "type": "article-journal",
              "title": "Critical Review of Nanomechanical Properties of Calcium (Alumino) Silicate Hydrates: Test Methods, Influencing Factors, and Enhancing Strategies",
              "author": [{"ORCID": "https://orcid.org/0000-0001-7994-7253", "given": "Jiawei", "family": "Wang", "sequence": "first", "affiliation": []}],
              "container-title": "Engineering",
              "issued": {"date-parts": [[2025, 11]]},
              "ISSN": ["2095-8099"]
            }
            """);

        var results = RecordFiles.ReadAll(reader, copy);

        Assert.That(reader.CanRead(RecordFiles.Head(copy), copy), Is.True);
        Assert.That(new CrossrefWorkReader().CanRead(RecordFiles.Head(copy), copy), Is.False);
        var work = results.Single().Work!;
        Assert.That(work.Key, Is.EqualTo(new SourceKey("doi", "10.1016/j.eng.2025.11.015")));
        Assert.That((work.Year, work.Venue), Is.EqualTo((2025, "Engineering")));
        Assert.That(work.Authors.Single().Orcid, Is.EqualTo("0000-0001-7994-7253"));
        Assert.That(work.Identifiers, Does.Contain(new WorkIdentifier(IdentifierScheme.Other, "issn:2095-8099")));
    }

    private string Write(string name, string text)
    {
        var path = Path.Combine(temp, name);
        File.WriteAllText(path, text);
        return path;
    }
}
