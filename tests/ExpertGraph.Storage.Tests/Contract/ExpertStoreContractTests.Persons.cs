using ExpertGraph.Core.Model;
using ExpertGraph.Core.Names;
using ExpertGraph.Core.Storage;

namespace ExpertGraph.Storage.Tests.Contract;

public sealed partial class ExpertStoreContractTests
{
    [Test]
    public void Open_Again_KeepsCommittedRows()
    {
        using (var store = CreateStore())
        {
            using var session = store.BeginWrite();
            session.SetFileCheckpoint(new FileCheckpoint("/f", "h", 1, "x", FileStatus.Completed));
            session.UpsertWork(Paper("a", "Graphene", 2010), "h1");
            session.Commit();
        }

        using var reopened = CreateStore();
        Assert.That(reopened.Count().Files, Is.EqualTo(1));
        Assert.That(reopened.Count().Works, Is.EqualTo(1));
    }

    [Test]
    public void UpsertWork_ChangedContent_ReplacesIdentifiersAndDropsDuplicates()
    {
        using var store = CreateStore();
        using (var session = store.BeginWrite())
        {
            session.UpsertWork(Paper("a", "Old", 2006), "h1");
            session.Commit();
        }

        using (var session = store.BeginWrite())
        {
            var changed = Paper("a", "New", 2006) with
            {
                Identifiers = [new WorkIdentifier(IdentifierScheme.Doi, "10.1/x"), new WorkIdentifier(IdentifierScheme.Doi, "10.1/x"), new WorkIdentifier(IdentifierScheme.Pmid, "42")],
            };
            Assert.That(session.UpsertWork(changed, "h2").Outcome, Is.EqualTo(UpsertOutcome.Updated));
            session.Commit();
        }

        Assert.That(store.Count().Identifiers, Is.EqualTo(2));
    }

    [Test]
    public void Prefetch_ThenUpsert_SameOutcomesAsWithout()
    {
        using var store = CreateStore();
        using (var session = store.BeginWrite())
        {
            session.UpsertWork(Paper("old", "Kept", 2001), "h-old");
            session.UpsertWork(Paper("changed", "Before", 2001), "h-1");
            session.Commit();
        }

        using (var session = store.BeginWrite())
        {
            session.Prefetch([new SourceKey("test", "old"), new SourceKey("test", "changed"), new SourceKey("test", "new"), new SourceKey("test", "new")]);
            Assert.That(session.UpsertWork(Paper("old", "Kept", 2001), "h-old").Outcome, Is.EqualTo(UpsertOutcome.Unchanged));
            Assert.That(session.UpsertWork(Paper("changed", "After", 2002), "h-2").Outcome, Is.EqualTo(UpsertOutcome.Updated));
            Assert.That(session.UpsertWork(Paper("new", "Fresh", 2003), "h-new").Outcome, Is.EqualTo(UpsertOutcome.Inserted));
            Assert.That(session.UpsertWork(Paper("new", "Fresh", 2003), "h-new").Outcome, Is.EqualTo(UpsertOutcome.Unchanged));
            session.Commit();
        }

        Assert.That(store.Count().Works, Is.EqualTo(3));
    }

    [Test]
    public void UpsertWork_InsertedThenChangedInOneSession_KeepsOnlyTheNewIdentifiers()
    {
        using var store = CreateStore();
        using (var session = store.BeginWrite())
        {
            session.UpsertWork(Paper("a", "Old", 2006), "h1");
            var changed = Paper("a", "New", 2006) with { Identifiers = [new WorkIdentifier(IdentifierScheme.Pmid, "42")] };
            Assert.That(session.UpsertWork(changed, "h2").Outcome, Is.EqualTo(UpsertOutcome.Updated));
            session.Commit();
        }

        Assert.That(store.Count().Identifiers, Is.EqualTo(1));
        Assert.That(store.Count().Works, Is.EqualTo(1));
    }

    [Test]
    public void ReplaceAuthorships_TwiceInOneSessionAndAgainLater_KeepsOnlyTheLastByPosition()
    {
        using var store = CreateStore();
        PersonId ann, bob, cho;
        WorkId work;
        using (var session = store.BeginWrite())
        {
            ann = AddPerson(session, "Ann Lee", "k:ann");
            bob = AddPerson(session, "Bob Ray", "k:bob");
            cho = AddPerson(session, "Cho Min", "k:cho");
            work = session.UpsertWork(Paper("a", "T", 2001), "h1").Id;
            session.ReplaceAuthorships(work, [new AuthorshipRow(0, ann, "Ann Lee", AuthorRole.Author)]);
            session.ReplaceAuthorships(work, [new AuthorshipRow(0, bob, "Bob Ray", AuthorRole.Author), new AuthorshipRow(1, ann, "Ann Lee", AuthorRole.Author)]);
            Assert.That(session.GetAuthorshipPersons(work), Is.EquivalentTo(new Dictionary<int, PersonId> { [0] = bob, [1] = ann }));
            session.Commit();
        }

        using (var session = store.BeginWrite())
        {
            Assert.That(session.GetAuthorshipPersons(work), Is.EquivalentTo(new Dictionary<int, PersonId> { [0] = bob, [1] = ann }));
            session.ReplaceAuthorships(work, [new AuthorshipRow(0, cho, "Cho Min", AuthorRole.Inventor)]);
            session.Commit();
        }

        using (var session = store.BeginWrite())
            Assert.That(session.GetAuthorshipPersons(work), Is.EquivalentTo(new Dictionary<int, PersonId> { [0] = cho }));
        Assert.That(store.Count().Authorships, Is.EqualTo(1));
    }

    [Test]
    public void FindPersonByKey_AddedEarlierInTheSameSession_IsFound()
    {
        using var store = CreateStore();
        using var session = store.BeginWrite();
        var person = AddPerson(session, "Ann Lee", "orcid:0000-0001");
        Assert.That(session.FindPersonByKey("orcid:0000-0001"), Is.EqualTo(person));
        Assert.That(session.FindPersonByKey("orcid:0000-0002"), Is.Null);
    }

    [Test]
    public void GetPersons_AfterRebuild_InstitutionCountryAndActiveYears()
    {
        using var store = CreateStore();
        PersonId person;
        using (var session = store.BeginWrite())
        {
            var institution = session.GetOrCreateInstitution("清华大学", "清华大学", "CN");
            person = session.CreatePerson(new NewPerson("张伟", new PersonName("张", "伟", NameScript.Han), "zhang wei") { Institution = institution, Orcid = "0000-0002-1825-0097" });
            var first = session.UpsertWork(Paper("p1", "石墨烯", 2012), "h1").Id;
            var second = session.UpsertWork(Paper("p2", "Graphene", 2019), "h2").Id;
            session.ReplaceAuthorships(first, [new AuthorshipRow(0, person, "张伟", AuthorRole.Author) { Institution = institution }]);
            session.ReplaceAuthorships(second, [new AuthorshipRow(0, person, "Zhang Wei", AuthorRole.Author) { Institution = institution }]);
            session.AddNameVariant(person, "张伟");
            session.AddNameVariant(person, "Zhang Wei");
            session.AddNameVariant(person, "Zhang Wei");
            session.Commit();
        }

        store.RebuildDerived(new DerivedTablesOptions());
        var found = store.GetPersons([person]).Single();
        var profile = store.GetPersonProfiles([person]).Single();

        Assert.That((found.DisplayName, found.Institution, found.CountryCode, found.Orcid), Is.EqualTo(("张伟", "清华大学", "CN", "0000-0002-1825-0097")));
        Assert.That((found.WorkCount, found.FirstYear, found.LastYear), Is.EqualTo((2, 2012, 2019)));
        Assert.That(profile.NameVariants, Is.EqualTo(new[] { "Zhang Wei", "张伟" }));
        Assert.That(profile.Institutions, Is.EqualTo(new[] { "清华大学" }));
        Assert.That(store.GetPersons([new PersonId(987654321)]), Is.Empty);
    }

    [Test]
    public void RebuildDerived_CitedWorks_HIndexWithinTheCorpus()
    {
        using var store = CreateStore();
        PersonId person;
        using (var session = store.BeginWrite())
        {
            person = AddPerson(session, "Ann Lee", "k:ann");
            var citations = new[] { 10, 5, 3, 1, 0 };
            for (var i = 0; i < citations.Length; i++)
            {
                var id = session.UpsertWork(Paper("c" + i, "Work " + i, 2000 + i) with { CitationCount = citations[i] }, "h" + i).Id;
                session.ReplaceAuthorships(id, [new AuthorshipRow(0, person, "Ann Lee", AuthorRole.Author)]);
            }

            session.Commit();
        }

        Assert.That(store.DerivedTablesStale, Is.True);
        store.RebuildDerived(new DerivedTablesOptions());

        Assert.That(store.DerivedTablesStale, Is.False);
        Assert.That(store.GetPersons([person]).Single().WorkCount, Is.EqualTo(5));
        Assert.That(HIndex(person), Is.EqualTo(3));
    }

    [Test]
    public void Quarantine_NonLatinRawText_RoundTrips()
    {
        using var store = CreateStore();
        const string raw = "{\"title\": \"极紫外光刻 — EUV lithography ∑ 😀\"";
        using (var session = store.BeginWrite())
        {
            session.Quarantine(new QuarantineEntry("/data/数据.jsonl", 3, "unterminated object", raw) { Line = 3, ByteOffset = 1024 });
            session.Commit();
        }

        var entry = store.GetQuarantine(5).Single();
        Assert.That((entry.FilePath, entry.RawText, entry.Line, entry.ByteOffset), Is.EqualTo(("/data/数据.jsonl", raw, 3L, 1024L)));
    }

    private long HIndex(PersonId person)
    {
        using var connection = _location!.OpenConnection();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT h_index FROM person_stats WHERE person_id = " + person.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
