using ExpertGraph.Core.Model;
using ExpertGraph.Core.Names;
using ExpertGraph.Core.Storage;
using ExpertGraph.Search.Experts;
using ExpertGraph.Search.Indexing;
using ExpertGraph.Storage.Sqlite;

namespace ExpertGraph.Search.Tests.Experts;

[TestFixture]
public sealed class ExpertSearcherTests
{
    private string _folder = "";
    private SqliteExpertStore _store = null!;
    private readonly Dictionary<string, PersonId> _persons = new(StringComparer.Ordinal);

    [SetUp]
    public void BuildCorpus()
    {
        _folder = Directory.CreateTempSubdirectory("eg-search-").FullName;
        _store = SqliteExpertStore.Open(Path.Combine(_folder, "store.db"));
        _persons.Clear();
        using var index = new LuceneIndexWriter(Path.Combine(_folder, "index"));
        // Titles after real DBLP / NSFC titles; who wrote what is arranged so the expected ranking is plain.
        Add(index, "d1", WorkKind.Paper, "Speech Recognition", 2006, "US", "André Berton", "Udo Haiber");
        Add(index, "d2", WorkKind.Paper, "Robust speech recognition in noisy environments", 2008, "US", "André Berton");
        Add(index, "d4", WorkKind.Paper, "Speech recognition for in-car dialogue systems", 2009, "US", "André Berton");
        Add(index, "d3", WorkKind.Paper, "Shared Interfaces for Co-located Interaction", 2012, "IT", "Massimo Zancanaro");
        Add(index, "n1", WorkKind.Project, "微生物修复石油污染的厌氧解烃分子机制及重要功能基因研究", 2015, "CN", "王威");
        Add(index, "p1", WorkKind.Patent, "Speech recognition apparatus", 2010, "DE", "Udo Haiber");
        index.Commit();
    }

    [TearDown]
    public void Cleanup()
    {
        _store.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private void Add(LuceneIndexWriter index, string id, WorkKind kind, string title, int year, string country, params string[] authors)
    {
        using var session = _store.BeginWrite();
        var work = new Work(new SourceKey("test", id), kind, title) { Year = year };
        var upsert = session.UpsertWork(work, id);
        var persons = new List<PersonId>();
        foreach (var author in authors)
        {
            if (!_persons.TryGetValue(author, out var person))
            {
                person = session.CreatePerson(new NewPerson(author, new PersonName(author, "", NameScript.Latin), author) { CountryCode = country });
                _persons[author] = person;
            }

            persons.Add(person);
        }

        session.ReplaceAuthorships(upsert.Id, [.. persons.Select((p, i) => new AuthorshipRow(i, p, authors[i], AuthorRole.Author))]);
        session.Commit();
        index.IndexWork(upsert.Id, work, persons, [country]);
    }

    private ExpertSearchResult Search(string text, WorkKind? kind = null, string? country = null)
    {
        using var searcher = new ExpertSearcher(Path.Combine(_folder, "index"), _store);
        return searcher.Search(new ExpertQuery(text) { Kind = kind, CountryCode = country });
    }

    [Test]
    public void Search_TopicOfTwoPapers_RanksTheirAuthorFirstWithTopWorks()
    {
        var result = Search("speech recognition");

        Assert.That(result.Experts[0].Person.DisplayName, Is.EqualTo("André Berton"));
        Assert.That(result.Experts[0].MatchedWorkCount, Is.EqualTo(3));
        Assert.That(result.Experts[0].TopWorks.Select(w => w.Title), Does.Contain("Speech Recognition"));
        Assert.That(result.Experts.Select(e => e.Person.DisplayName), Does.Contain("Udo Haiber"));
        Assert.That(result.Experts.Select(e => e.Person.DisplayName), Does.Not.Contain("Massimo Zancanaro"));
    }

    [Test]
    public void Search_EnglishStemming_FindsRecognitionFromRecognize()
    {
        var result = Search("recognizing speech");

        Assert.That(result.Experts, Is.Not.Empty);
    }

    [Test]
    public void Search_ChineseQuery_FindsProjectThroughSmartCn()
    {
        var result = Search("石油污染");

        Assert.That(result.Experts.Single().Person.DisplayName, Is.EqualTo("王威"));
        Assert.That(result.Experts[0].TopWorks[0].Kind, Is.EqualTo("project"));
    }

    [Test]
    public void Search_KindPatent_OnlyPatentWorksCount()
    {
        var result = Search("speech recognition", kind: WorkKind.Patent);

        Assert.That(result.Experts.Select(e => e.Person.DisplayName), Is.EqualTo(new[] { "Udo Haiber" }));
        Assert.That(result.MatchedWorks, Is.EqualTo(1));
    }

    [Test]
    public void Search_CountryFilter_KeepsOnlyExpertsOfThatCountry()
    {
        var result = Search("speech recognition", country: "DE");

        Assert.That(result.Experts, Is.Empty, "the DE patent's author was first seen in a US record, so the person is US");
    }

    [TestCase("speech AND (recognition")]
    [TestCase("title:\"speech")]
    [TestCase("+-!(){}[]^\"~*?:\\/ speech")]
    [TestCase("speech~~~ recognition^^ OR NOT")]
    [TestCase("*")]
    [TestCase("\"\"")]
    public void Search_LuceneSyntaxInQuery_DoesNotThrow(string text)
    {
        Assert.That(() => Search(text), Throws.Nothing);
    }

    [Test]
    public void Search_NoMatch_ReturnsEmpty()
    {
        Assert.That(Search("photosynthesis").Experts, Is.Empty);
    }

    [Test]
    public void IndexWork_SameWorkTwice_OneDocument()
    {
        using (var index = new LuceneIndexWriter(Path.Combine(_folder, "index")))
        {
            index.IndexWork(new WorkId(1), new Work(new SourceKey("test", "d1"), WorkKind.Paper, "Speech Recognition") { Year = 2006 }, [], []);
            index.Commit();
        }

        using var searcher = new ExpertSearcher(Path.Combine(_folder, "index"), _store);
        Assert.That(searcher.WorkCount, Is.EqualTo(6));
    }

    [Test]
    public void Search_WorkIndexedBeforeDocValues_ReadFromItsStoredFields()
    {
        // A document as indexes written before doc values held them: work id and persons stored only.
        var haiber = _persons["Udo Haiber"];
        var config = new Lucene.Net.Index.IndexWriterConfig(IndexAnalyzers.Version, IndexAnalyzers.Create());
        using (var directory = Lucene.Net.Store.FSDirectory.Open(Path.Combine(_folder, "index", "works")))
        using (var writer = new Lucene.Net.Index.IndexWriter(directory, config))
        {
            writer.AddDocument(new Lucene.Net.Documents.Document
            {
                new Lucene.Net.Documents.StringField("key", "test:old", Lucene.Net.Documents.Field.Store.YES),
                new Lucene.Net.Documents.StoredField("work_id", 99L),
                new Lucene.Net.Documents.StringField("kind", "paper", Lucene.Net.Documents.Field.Store.YES),
                new Lucene.Net.Documents.StoredField("title", "Photosynthesis of speech"),
                new Lucene.Net.Documents.TextField("title_en", "Photosynthesis of speech", Lucene.Net.Documents.Field.Store.NO),
                new Lucene.Net.Documents.TextField("person", haiber.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), Lucene.Net.Documents.Field.Store.YES),
            });
            writer.Commit();
        }

        var result = Search("photosynthesis");

        Assert.That(result.Experts.Single().Person.DisplayName, Is.EqualTo("Udo Haiber"));
        Assert.That(result.Experts[0].TopWorks.Single().Id, Is.EqualTo(new WorkId(99)));
        Assert.That(result.Experts[0].TopWorks.Single().Title, Is.EqualTo("Photosynthesis of speech"));
        // The works indexed with doc values still read from them beside it.
        Assert.That(Search("speech recognition").Experts[0].Person.DisplayName, Is.EqualTo("André Berton"));
    }

    [Test]
    public void Search_ThreeAuthors_TheMiddleAuthorGetsThreeQuartersOfTheWorksRelevance()
    {
        using (var index = new LuceneIndexWriter(Path.Combine(_folder, "index")))
        {
            Add(index, "t1", WorkKind.Paper, "Photosynthesis in algae", 2020, "US", "Ann First", "Bo Middle", "Cy Last");
            index.Commit();
        }

        var experts = Search("photosynthesis").Experts.ToDictionary(e => e.Person.DisplayName, e => e.Evidence!.Relevance);

        Assert.That(experts["Ann First"], Is.EqualTo(experts["Cy Last"]), "first and last authors lead a work alike");
        Assert.That(experts["Bo Middle"], Is.EqualTo(experts["Ann First"] * ExpertSearcher.MiddleAuthorWeight).Within(1e-9));
        Assert.That(ExpertSearcher.AuthorPositionWeight(0, 1), Is.EqualTo(1), "a sole author is first");
    }
}
