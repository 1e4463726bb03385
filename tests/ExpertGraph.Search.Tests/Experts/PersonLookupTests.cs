using ExpertGraph.Core.Model;
using ExpertGraph.Core.Names;
using ExpertGraph.Core.Storage;
using ExpertGraph.Search.Experts;
using ExpertGraph.Search.Indexing;
using ExpertGraph.Storage.Sqlite;

namespace ExpertGraph.Search.Tests.Experts;

[TestFixture]
public sealed class PersonLookupTests
{
    private string _folder = "";
    private SqliteExpertStore _store = null!;
    private PersonId _wangNankai;
    private PersonId _wangOther;
    private PersonId _berton;

    [SetUp]
    public void IndexPersons()
    {
        _folder = Directory.CreateTempSubdirectory("eg-lookup-").FullName;
        _store = SqliteExpertStore.Open(Path.Combine(_folder, "store.db"));
        using (var session = _store.BeginWrite())
        {
            // Two real NSFC homonyms-to-be: the same name at different institutions must stay apart in a lookup.
            _wangNankai = session.CreatePerson(new NewPerson("王威", new PersonName("王", "威", NameScript.Han), "王|威") { CountryCode = "CN" });
            _wangOther = session.CreatePerson(new NewPerson("王威", new PersonName("王", "威", NameScript.Han), "王|威") { CountryCode = "CN" });
            _berton = session.CreatePerson(new NewPerson("André Berton", new PersonName("Berton", "André", NameScript.Latin), "berton|andre"));
            session.Commit();
        }

        using var index = new LuceneIndexWriter(Path.Combine(_folder, "index"));
        index.IndexExperts(
        [
            new PersonProfile(_wangNankai, "王威", ["王威"], ["南开大学"], "CN"),
            new PersonProfile(_wangOther, "王威", ["王威"], ["新疆师范大学"], "CN"),
            new PersonProfile(_berton, "André Berton", ["André Berton", "A. Berton"], ["DaimlerChrysler AG"], "DE"),
        ]);
        index.Commit();
    }

    [TearDown]
    public void Cleanup()
    {
        _store.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private IReadOnlyList<PersonId> Find(string text)
    {
        using var lookup = new PersonLookup(Path.Combine(_folder, "index"), _store);
        return [.. lookup.Find(text).Select(p => p.Id)];
    }

    [Test]
    public void Find_ChineseNameAndInstitution_OnlyThePersonAtThatInstitution() =>
        Assert.That(Find("王威 南开大学"), Is.EqualTo(new[] { _wangNankai }));

    [Test]
    public void Find_ChineseNameAlone_BothHomonyms() =>
        Assert.That(Find("王威"), Is.EquivalentTo(new[] { _wangNankai, _wangOther }));

    [TestCase("André Berton")]
    [TestCase("berton")]
    [TestCase("Berton Daimlerchrysler")]
    public void Find_LatinNameForms_FindsThePerson(string text) =>
        Assert.That(Find(text), Is.EqualTo(new[] { _berton }));

    [Test]
    public void Find_LuceneSyntax_DoesNotThrow() =>
        Assert.That(() => Find("Berton AND (\"Daimler"), Throws.Nothing);
}
