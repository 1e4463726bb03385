using ExpertGraph.Core.Lexicon;
using ExpertGraph.Core.Model;
using ExpertGraph.Core.Storage;

namespace ExpertGraph.Storage.Tests.Contract;

public sealed partial class ExpertStoreContractTests
{
    [Test]
    public void RebuildDerived_TaggedWorks_PersonProfilesSumNamedTagsTimesRecencyStrongestFirst()
    {
        using var store = CreateStore();
        var ids = CommitPersons(store, "Ann Lee", "Bo Li");
        var (a, b) = (ids[0], ids[1]);
        // The newest work (2020) is the reference year: a 2010 work counts 5 / (5 + 10) = 1/3.
        Write(store, Paper("p1", "Old", 2010) with { Concepts = [new("X:A", 0.8f, true), new("X:R", 0.4f, false)] }, a, b);
        Write(store, Paper("p2", "New", 2020) with { Concepts = [new("X:A", 0.5f, true), new("X:B", 0.2f, true)] }, a);
        store.RebuildDerived(new DerivedTablesOptions());

        var profiles = store.GetPersonConcepts([a, b], 10);

        // X:R is an ancestor tag (not named by the work): profiles are made of named concepts.
        Assert.That(profiles.Select(p => (p.Person, p.ConceptId, Math.Round(p.Weight, 4), p.WorkCount)), Is.EqualTo(new[]
        {
            (a, "X:A", Math.Round((0.8 / 3) + 0.5, 4), 2),
            (a, "X:B", 0.2, 1),
            (b, "X:A", Math.Round(0.8 / 3, 4), 1),
        }));
        Assert.That(store.GetPersonConcepts([a], 1).Select(p => p.ConceptId), Is.EqualTo(new[] { "X:A" }), "limited per person");
    }

    [Test]
    public void RebuildDerived_MoreConceptsThanKept_StrongestKeptEqualWeightsByConceptId()
    {
        using var store = CreateStore();
        var ids = CommitPersons(store, "Ann Lee", "Bo Li");
        var (a, b) = (ids[0], ids[1]);
        // A work without a year counts half. "X:b" sorts after "X:C" (byte order: 'b' is 0x62, 'C' 0x43).
        Write(store, Paper("p1", "Undated", 2000) with { Year = null, Concepts = [new("X:b", 0.5f, true), new("X:C", 0.5f, true), new("X:D", 0.5f, true)] }, a);
        Write(store, Paper("p2", "Dated", 2020) with { Concepts = [new("X:D", 0.25f, true), new("X:E", 0.75f, true)] }, a, b);
        store.RebuildDerived(new DerivedTablesOptions { ConceptsPerPerson = 3 });

        var profiles = store.GetPersonConcepts([a, b], 10);

        Assert.That(profiles.Select(p => (p.Person, p.ConceptId, Math.Round(p.Weight, 4), p.WorkCount)), Is.EqualTo(new[]
        {
            (a, "X:E", 0.75, 1),
            (a, "X:D", 0.5, 2),
            (a, "X:C", 0.25, 1),
            (b, "X:E", 0.75, 1),
            (b, "X:D", 0.25, 1),
        }), "X:b (0.25, equal to X:C) is the fourth and cut");
    }

    [Test]
    public void UpsertWork_ChangedWork_ItsConceptTagsAreReplacedAndReadBackWithTheWork()
    {
        using var store = CreateStore();
        var ids = CommitPersons(store, "Ann Lee");
        Write(store, Paper("p1", "Graphene", 2010) with { Concepts = [new("X:G", 0.9f, true), new("X:M", 0.45f, false)] }, ids[0]);
        Write(store, Paper("p1", "Graphene oxide", 2011) with { Concepts = [new("X:O", 0.7f, true)] }, ids[0]);

        var work = store.ReadWorks(CancellationToken.None).Single().Work;

        Assert.That(work.Concepts, Is.EqualTo(new[] { new WorkConcept("X:O", 0.7f, true) }));
    }

    [Test]
    public void ReplaceConcepts_StoredWork_OnlyItsTagsChange()
    {
        using var store = CreateStore();
        var ids = CommitPersons(store, "Ann Lee");
        Write(store, Paper("p1", "Graphene", 2010) with { Concepts = [new("X:G", 0.9f, true)] }, ids[0]);
        var id = store.ReadWorks(CancellationToken.None).Single().Id;

        using (var session = store.BeginWrite())
        {
            session.ReplaceConcepts(id, [new("X:N", 0.6f, true), new("X:M", 0.3f, false)]);
            session.Commit();
        }

        var work = store.ReadWorks(CancellationToken.None).Single().Work;
        Assert.That(work.Concepts, Is.EqualTo(new[] { new WorkConcept("X:N", 0.6f, true), new WorkConcept("X:M", 0.3f, false) }));
        Assert.That(work.Title, Is.EqualTo("Graphene"));
    }

    [Test]
    public void WriteLexicon_NewVersion_ReplacesTheConceptsAndRecordsTheVersion()
    {
        using (var store = CreateStore())
        {
            Assert.That(store.LexiconVersion, Is.Zero);
            store.WriteLexicon([new Concept("X:A", 1, [], "甲", "A", ["X:A"]), new Concept("X:B", 2, ["X:A"], "", "B", ["X:B"])], 41);
            store.WriteLexicon([new Concept("X:C", 1, [], "丙", "C", ["X:C"])], 42);
        }

        using var reopened = CreateStore();

        Assert.That(reopened.LexiconVersion, Is.EqualTo(42));
    }
}
