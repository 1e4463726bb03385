using ExpertGraph.Core.Model;
using ExpertGraph.Core.Storage;

namespace ExpertGraph.Storage.Tests.Contract;

public sealed partial class ExpertStoreContractTests
{
    private static readonly DateTimeOffset ListedAt = new(2026, 11, 30, 9, 30, 0, TimeSpan.Zero);

    [Test]
    public void CreateShortlist_SameNameTwice_SecondRefusedAndFirstKept()
    {
        using var store = CreateStore();

        var first = store.CreateShortlist("蛋白质 lab", "新实验室 PI 候选", ListedAt);
        var second = store.CreateShortlist("蛋白质 lab", "other", ListedAt.AddDays(1));

        Assert.That((first, second), Is.EqualTo((true, false)));
        var list = store.GetShortlist("蛋白质 lab");
        Assert.That(list, Is.Not.Null);
        Assert.That((list!.Note, list.CreatedAt, list.Entries.Count), Is.EqualTo(("新实验室 PI 候选", ListedAt, 0)));
    }

    [Test]
    public void AddToShortlist_PersonsTwice_KeepsFirstPlaceUpdatesNoteAndNumbersInOrder()
    {
        using var store = CreateStore();
        var persons = CommitPersons(store, "Ann Lee", "Bo Chen", "Cy Wu");
        store.CreateShortlist("pi", null, ListedAt);

        var added = store.AddToShortlist("pi", [persons[2], persons[0]], "strong", ListedAt);
        var again = store.AddToShortlist("pi", [persons[0], persons[1], persons[1]], "call first", ListedAt.AddHours(1));

        Assert.That((added, again), Is.EqualTo((2, 1)));
        var entries = store.GetShortlist("pi")!.Entries;
        Assert.That(entries.Select(e => (e.Person, e.Position, e.Note)), Is.EqualTo(new[]
        {
            (persons[2], 1, "strong"), (persons[0], 2, "call first"), (persons[1], 3, "call first"),
        }));
        Assert.That(entries[2].AddedAt, Is.EqualTo(ListedAt.AddHours(1)));
    }

    [Test]
    public void RemoveFromShortlist_MiddleEntry_OthersRenumberedAndListsReadByName()
    {
        using var store = CreateStore();
        var persons = CommitPersons(store, "Ann Lee", "Bo Chen", "Cy Wu");
        store.CreateShortlist("b", null, ListedAt);
        store.CreateShortlist("a", "first", ListedAt);
        store.AddToShortlist("b", persons, null, ListedAt);

        var removed = store.RemoveFromShortlist("b", [persons[1], new PersonId(999_999)]);

        Assert.That(removed, Is.EqualTo(1));
        var lists = store.GetShortlists();
        Assert.That(lists.Select(l => l.Name), Is.EqualTo(new[] { "a", "b" }));
        Assert.That(lists[1].Entries.Select(e => (e.Person, e.Position)), Is.EqualTo(new[] { (persons[0], 1), (persons[2], 2) }));
    }

    [Test]
    public void DeleteShortlist_ThenAddToIt_GoneAndAddRefusedNamingTheList()
    {
        using var store = CreateStore();
        var person = CommitPersons(store, "Ann Lee")[0];
        store.CreateShortlist("gone", null, ListedAt);
        store.AddToShortlist("gone", [person], null, ListedAt);

        Assert.That(store.DeleteShortlist("gone"), Is.True);
        Assert.That(store.DeleteShortlist("gone"), Is.False);
        Assert.That(store.GetShortlist("gone"), Is.Null);
        var error = Assert.Throws<StoreException>(() => store.AddToShortlist("gone", [person], null, ListedAt));
        Assert.That(error!.Message, Does.Contain("'gone'"));
        store.CreateShortlist("gone", null, ListedAt);
        Assert.That(store.GetShortlist("gone")!.Entries, Is.Empty, "entries of a deleted list do not come back");
    }
}
