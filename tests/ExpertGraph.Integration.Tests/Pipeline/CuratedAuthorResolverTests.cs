using ExpertGraph.Core.Curation;
using ExpertGraph.Core.Model;
using ExpertGraph.Core.Resolution;
using ExpertGraph.Core.Storage;
using ExpertGraph.Ingestion.Resolution;
using ExpertGraph.Integration.Tests.Support;
using ExpertGraph.Storage.Sqlite;

namespace ExpertGraph.Integration.Tests.Pipeline;

/// <summary>Curator decisions win over whatever the inner resolver answers: pins by position, merges by redirect.</summary>
[TestFixture]
public sealed class CuratedAuthorResolverTests
{
    private static readonly CurationNote Note = new("ann", "test");

    private static Work Paper(params string[] authors) =>
        new(new SourceKey("test", "p1"), WorkKind.Paper, "Graphene") { Authors = [.. authors.Select((name, i) => new AuthorMention(name, i + 1))] };

    [Test]
    public void Resolve_PinnedPositionAndMergedAwayPerson_OverriddenOthersKept()
    {
        using var temp = new TempDataFolder();
        using var store = SqliteExpertStore.Open(Path.Combine(temp.Root, "store.db"));
        var work = Paper("Wei Zhang", "Li Na", "Jun Wang");
        WorkId id;
        PersonId[] persons;
        using (var session = store.BeginWrite())
        {
            id = session.UpsertWork(work, "h1").Id;
            var resolved = new ExactKeyAuthorResolver().Resolve(work, id, session);
            session.ReplaceAuthorships(id, [.. resolved.Select(a => new AuthorshipRow(a.Mention.Position, a.Person, a.Mention.RawName, AuthorRole.Author))]);
            persons = [.. resolved.Select(a => a.Person)];
            session.Commit();
        }

        store.PinMention(new MentionRef(id, 1), persons[2], Note);
        store.MergePersons(persons[2], [persons[1]], Note);
        // An inner resolver that still answers the persons of before the decisions (as a model with stale clusters might).
        var curated = new CuratedAuthorResolver(new FixedResolver(persons));

        using var again = store.BeginWrite();
        var answer = curated.Resolve(work with { Title = "Graphene, revised" }, id, again).Select(a => a.Person);

        // Position 1: inner says Wei Zhang's person, the pin says Jun Wang's; position 2: Li Na's person was merged into Jun Wang's.
        Assert.That(answer, Is.EqualTo(new[] { persons[2], persons[2], persons[2] }));
        Assert.That(persons.Distinct().Count(), Is.EqualTo(3), "three persons before the decisions");
    }

    [Test]
    public void Resolve_NoDecisions_InnerAnswerUnchanged()
    {
        using var temp = new TempDataFolder();
        using var store = SqliteExpertStore.Open(Path.Combine(temp.Root, "store.db"));
        var work = Paper("Wei Zhang", "Li Na");
        using var session = store.BeginWrite();
        var id = session.UpsertWork(work, "h1").Id;
        var inner = new FixedResolver([new PersonId(7), new PersonId(8)]);

        var answer = new CuratedAuthorResolver(inner).Resolve(work, id, session);

        Assert.That(answer.Select(a => a.Person), Is.EqualTo(new[] { new PersonId(7), new PersonId(8) }));
    }

    private sealed class FixedResolver(IReadOnlyList<PersonId> persons) : IAuthorResolver
    {
        public IReadOnlyList<ResolvedAuthor> Resolve(Work work, WorkId workId, IStoreWriteSession session, PreparedAuthors? prepared = null) =>
            [.. work.Authors.Select((mention, i) => new ResolvedAuthor(mention, persons[i], null))];

        public void Forget() { }
    }
}
