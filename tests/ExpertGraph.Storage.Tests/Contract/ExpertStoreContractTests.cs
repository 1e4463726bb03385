using ExpertGraph.Core.Model;
using ExpertGraph.Core.Names;
using ExpertGraph.Core.Storage;
using ExpertGraph.Tests.Shared.Stores;

namespace ExpertGraph.Storage.Tests.Contract;

/// <summary>
/// What every store must do, whatever its backend: each test runs unchanged on SQLite and on a real PostgreSQL server
/// (a private cluster the tests start, or EXPERTGRAPH_TEST_PG).
/// </summary>
[TestFixture(StoreKind.Sqlite)]
[TestFixture(StoreKind.Postgres)]
public sealed partial class ExpertStoreContractTests(StoreKind kind)
{
    private TestStoreLocation? _location;

    [SetUp]
    public void CreateLocation() => _location = TestStoreLocation.Create(kind);

    [TearDown]
    public void RemoveLocation() => _location?.Dispose();

    /// <summary>Opens the test's store (the same one each time: reopening must keep what was committed).</summary>
    private IExpertStore CreateStore() => _location!.Location.Open();

    private static Work Paper(string id, string title, int year, params string[] authors) =>
        new(new SourceKey("test", id), WorkKind.Paper, title)
        {
            Year = year,
            CitationCount = 10,
            Identifiers = [new WorkIdentifier(IdentifierScheme.Doi, "10.1000/" + id)],
            Authors = [.. authors.Select((name, i) => new AuthorMention(name, i))],
        };

    private static PersonId AddPerson(IStoreWriteSession session, string name, string key)
    {
        var parts = name.Split(' ');
        var person = session.CreatePerson(new NewPerson(name, new PersonName(parts[^1], parts[0], NameScript.Latin), name.ToLowerInvariant()));
        session.AddPersonKey(key, person);
        return person;
    }

    /// <summary>Commits one person per name, keyed by the name's first letter in lower case ("Ann Lee" → "a").</summary>
    private static PersonId[] CommitPersons(IExpertStore store, params string[] names)
    {
        using var session = store.BeginWrite();
        var persons = names.Select(name => AddPerson(session, name, name[..1].ToLowerInvariant())).ToArray();
        session.Commit();
        return persons;
    }

    private static void Write(IExpertStore store, Work work, params PersonId[] persons)
    {
        using var session = store.BeginWrite();
        var upsert = session.UpsertWork(work, work.Title + work.Year);
        session.ReplaceAuthorships(upsert.Id, [.. persons.Select((p, i) => new AuthorshipRow(i, p, "name " + i, AuthorRole.Author))]);
        session.Commit();
    }

    [Test]
    public void UpsertWork_SameContentTwice_SecondIsUnchangedAndOneRowExists()
    {
        using var store = CreateStore();
        var work = Paper("a", "Speech Recognition", 2006, "André Berton");
        WorkUpsert first, second;
        using (var session = store.BeginWrite())
        {
            first = session.UpsertWork(work, "hash-1");
            session.Commit();
        }

        using (var session = store.BeginWrite())
        {
            second = session.UpsertWork(work, "hash-1");
            session.Commit();
        }

        Assert.That(first.Outcome, Is.EqualTo(UpsertOutcome.Inserted));
        Assert.That(second.Outcome, Is.EqualTo(UpsertOutcome.Unchanged));
        Assert.That(second.Id, Is.EqualTo(first.Id));
        Assert.That(store.Count().Works, Is.EqualTo(1));
        Assert.That(store.Count().Identifiers, Is.EqualTo(1));
    }

    [Test]
    public void UpsertWork_ChangedContent_UpdatesTheSameRow()
    {
        using var store = CreateStore();
        WorkUpsert first, second;
        using (var session = store.BeginWrite())
        {
            first = session.UpsertWork(Paper("a", "Old title", 2006), "hash-1");
            second = session.UpsertWork(Paper("a", "New title", 2007), "hash-2");
            session.Commit();
        }

        Assert.That(second.Outcome, Is.EqualTo(UpsertOutcome.Updated));
        Assert.That(second.Id, Is.EqualTo(first.Id));
        Assert.That(store.Count().Works, Is.EqualTo(1));
    }

    [Test]
    public void BeginWrite_DisposedWithoutCommit_LeavesNothingBehind()
    {
        using var store = CreateStore();
        using (var session = store.BeginWrite())
        {
            session.UpsertWork(Paper("a", "Never committed", 2001), "h");
            AddPerson(session, "Wei Zhang", "k1");
        }

        var counts = store.Count();
        Assert.That(counts.Works, Is.Zero);
        Assert.That(counts.Persons, Is.Zero);
    }

    [Test]
    public void AddPersonKey_KeyAlreadyLinked_KeepsTheFirstPerson()
    {
        using var store = CreateStore();
        using var session = store.BeginWrite();
        var first = AddPerson(session, "Wei Zhang", "orcid:0000-0001");
        var second = AddPerson(session, "Wei Zhang", "orcid:0000-0002");
        session.AddPersonKey("orcid:0000-0001", second);

        Assert.That(session.FindPersonByKey("orcid:0000-0001"), Is.EqualTo(first));
        Assert.That(session.FindPersonByKey("orcid:0000-0002"), Is.EqualTo(second));
        Assert.That(session.FindPersonByKey("orcid:none"), Is.Null);
    }

    [Test]
    public void GetOrCreateInstitution_SameKey_ReturnsSameIdAndFillsMissingCountry()
    {
        using var store = CreateStore();
        using var session = store.BeginWrite();
        var first = session.GetOrCreateInstitution("Tsinghua Univ.", "tsinghua university", null);
        var second = session.GetOrCreateInstitution("TSINGHUA UNIVERSITY", "tsinghua university", "CN");
        var author = AddPerson(session, "Wei Zhang", "k");
        var work = session.UpsertWork(Paper("a", "T", 2020), "h");
        session.ReplaceAuthorships(work.Id, [new AuthorshipRow(0, author, "Wei Zhang", AuthorRole.Author) { Institution = first }]);
        session.Commit();

        Assert.That(second, Is.EqualTo(first));
        var profile = store.GetPersonProfiles([author]).Single();
        Assert.That(profile.Institutions, Is.EqualTo(new[] { "Tsinghua Univ." }));
    }

    [Test]
    public void RebuildDerived_CoauthorsOnTwoPapers_OneCollaborationWithCountAndYears()
    {
        using var store = CreateStore();
        var ids = CommitPersons(store, "Ann Lee", "Bo Li", "Cy Wu");
        var (a, b, c) = (ids[0], ids[1], ids[2]);

        Write(store, Paper("1", "First", 2001), a, b);
        Write(store, Paper("2", "Second", 2005), b, a, c);
        Assert.That(store.DerivedTablesStale, Is.True);

        store.RebuildDerived(new DerivedTablesOptions());

        Assert.That(store.DerivedTablesStale, Is.False);
        Assert.That(store.Count().Collaborations, Is.EqualTo(3), "a-b, a-c, b-c");
        var persons = store.GetPersons([a, b, c]).ToDictionary(p => p.Id);
        Assert.That(persons[a].WorkCount, Is.EqualTo(2));
        Assert.That(persons[a].FirstYear, Is.EqualTo(2001));
        Assert.That(persons[a].LastYear, Is.EqualTo(2005));
        Assert.That(persons[c].WorkCount, Is.EqualTo(1));
    }

    [Test]
    public void RebuildDerived_WorkAboveAuthorLimit_MakesNoCollaborations()
    {
        using var store = CreateStore();
        var persons = new List<PersonId>();
        using (var session = store.BeginWrite())
        {
            for (var i = 0; i < 4; i++) persons.Add(AddPerson(session, $"P{i} X", "k" + i));
            session.Commit();
        }

        Write(store, Paper("big", "Large team", 2010), [.. persons]);
        store.RebuildDerived(new DerivedTablesOptions { MaxAuthorsForCollaboration = 3 });

        Assert.That(store.Count().Collaborations, Is.Zero);
        Assert.That(store.GetPersons(persons).Single(p => p.Id == persons[0]).WorkCount, Is.EqualTo(1));
    }

    [Test]
    public void RebuildDerived_Twice_SameCounts()
    {
        using var store = CreateStore();
        PersonId a, b;
        using (var session = store.BeginWrite())
        {
            a = AddPerson(session, "Ann Lee", "a");
            b = AddPerson(session, "Bo Li", "b");
            session.Commit();
        }

        Write(store, Paper("1", "First", 2001), a, b);
        store.RebuildDerived(new DerivedTablesOptions());
        var once = store.Count();
        store.RebuildDerived(new DerivedTablesOptions());

        Assert.That(store.Count(), Is.EqualTo(once));
    }

    [Test]
    public void Quarantine_SamePositionTwice_OneEntryWithPosition()
    {
        using var store = CreateStore();
        for (var i = 0; i < 2; i++)
        {
            using var session = store.BeginWrite();
            session.Quarantine(new QuarantineEntry("/data/x.jsonl", 7, "bad JSON", "{oops") { Line = 7, ByteOffset = 1234 });
            session.Commit();
        }

        var entry = store.GetQuarantine(10).Single();
        Assert.That(entry.RecordNumber, Is.EqualTo(7));
        Assert.That(entry.Line, Is.EqualTo(7));
        Assert.That(entry.ByteOffset, Is.EqualTo(1234));
        Assert.That(entry.RawText, Is.EqualTo("{oops"));
    }

    [Test]
    public void ClearQuarantine_OneFile_RemovesOnlyThatFilesEntries()
    {
        using var store = CreateStore();
        using (var session = store.BeginWrite())
        {
            session.Quarantine(new QuarantineEntry("/data/a.jsonl", 1, "bad JSON", "{"));
            session.Quarantine(new QuarantineEntry("/data/a.jsonl", 9, "bad JSON", "{"));
            session.Quarantine(new QuarantineEntry("/data/b.jsonl", 2, "bad JSON", "{"));
            session.ClearQuarantine("/data/a.jsonl");
            session.Commit();
        }

        Assert.That(store.GetQuarantine(10).Select(e => (e.FilePath, e.RecordNumber)), Is.EqualTo(new[] { ("/data/b.jsonl", 2L) }));
    }

    [Test]
    public void SetFileCheckpoint_CompletedAfterStarted_ReadsBackCompleted()
    {
        using var store = CreateStore();
        using (var session = store.BeginWrite())
        {
            session.SetFileCheckpoint(new FileCheckpoint("/data/a.xml", "abc", 10, "dblp-xml", FileStatus.Started));
            session.SetFileCheckpoint(new FileCheckpoint("/data/a.xml", "abc", 10, "dblp-xml", FileStatus.Completed));
            session.Commit();
        }

        Assert.That(store.GetFileCheckpoint("/data/a.xml")!.Status, Is.EqualTo(FileStatus.Completed));
        Assert.That(store.GetFileCheckpoint("/data/other.xml"), Is.Null);
    }

    [Test]
    public void SetFileCheckpoint_CommittedRecords_ReadBackAndReplacedByTheNextCheckpoint()
    {
        using var store = CreateStore();
        using (var session = store.BeginWrite())
        {
            session.SetFileCheckpoint(new FileCheckpoint("/data/a.xml", "abc", 10, "dblp-xml", FileStatus.Started) { CommittedRecords = 1_234_567_890_123 });
            session.Commit();
        }

        Assert.That(store.GetFileCheckpoint("/data/a.xml")!.CommittedRecords, Is.EqualTo(1_234_567_890_123));
        using (var session = store.BeginWrite())
        {
            session.SetFileCheckpoint(new FileCheckpoint("/data/a.xml", "abc", 10, "dblp-xml", FileStatus.Completed));
            session.Commit();
        }

        Assert.That(store.GetFileCheckpoint("/data/a.xml")!.CommittedRecords, Is.Zero);
    }

    [Test]
    public void GetPersonProfiles_PersonWhoseOnlyWorkWasRewrittenWithoutThem_HasNoWorks()
    {
        using var store = CreateStore();
        var ids = CommitPersons(store, "Ann Lee", "Bo Li");
        Write(store, Paper("1", "First", 2001), ids[0]);
        Write(store, Paper("1", "First, corrected", 2001), ids[1]);

        var profiles = store.GetPersonProfiles([ids[0], ids[1]]).ToDictionary(p => p.Id);

        Assert.That(profiles[ids[0]].HasWorks, Is.False);
        Assert.That(profiles[ids[1]].HasWorks, Is.True);
        Assert.That(store.GetPersonsWithoutWorks(), Is.EqualTo(new[] { ids[0] }));
    }

    [Test]
    public void StaleExperts_MarkedTwiceAndRolledBack_ListedOnceInIdOrderUntilCleared()
    {
        using var store = CreateStore();
        var ids = CommitPersons(store, "Ann Lee", "Bo Li", "Cy Wu");
        using (var session = store.BeginWrite())
        {
            session.MarkExpertsStale([ids[2], ids[0]]);
            session.MarkExpertsStale([ids[0]]);
            session.Commit();
        }

        using (var rolledBack = store.BeginWrite())
            rolledBack.MarkExpertsStale([ids[1]]);

        Assert.That(store.GetStaleExperts(new PersonId(0), 10), Is.EqualTo(new[] { ids[0], ids[2] }));
        Assert.That(store.GetStaleExperts(ids[0], 10), Is.EqualTo(new[] { ids[2] }));
        Assert.That(store.GetStaleExperts(new PersonId(0), 1), Is.EqualTo(new[] { ids[0] }));

        using (var session = store.BeginWrite())
        {
            session.ClearStaleExperts([ids[0]]);
            session.Commit();
        }

        Assert.That(store.GetStaleExperts(new PersonId(0), 10), Is.EqualTo(new[] { ids[2] }));
    }

    [Test]
    public void FindWork_SeesTheStoredVersionAndTheSessionsOwnWrites()
    {
        using var store = CreateStore();
        var key = new SourceKey("test", "a");
        using (var session = store.BeginWrite())
        {
            Assert.That(session.FindWork(key), Is.Null);
            var inserted = session.UpsertWork(Paper("a", "Graphene", 2010), "h1");
            Assert.That(session.FindWork(key), Is.EqualTo(new StoredVersion(inserted.Id, "h1")));
            session.Commit();
        }

        using (var session = store.BeginWrite())
        {
            var id = session.FindWork(key)!.Value.Id;
            Assert.That(session.FindWork(key), Is.EqualTo(new StoredVersion(id, "h1")));
            session.UpsertWork(Paper("a", "Graphene, revised", 2010), "h2");
            Assert.That(session.FindWork(key), Is.EqualTo(new StoredVersion(id, "h2")));
            Assert.That(session.FindWork(new SourceKey("test", "b")), Is.Null);
        }
    }
}
