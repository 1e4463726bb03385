using ExpertGraph.Core.Curation;
using ExpertGraph.Core.Model;
using ExpertGraph.Core.Storage;

namespace ExpertGraph.Storage.Tests.Contract;

public sealed partial class ExpertStoreContractTests
{
    private static readonly CurationNote Note = new("ann", "same person: same lab and co-authors") { At = new DateTimeOffset(2026, 3, 1, 9, 30, 0, TimeSpan.Zero) };

    /// <summary>Two papers: "a" by Wei Zhang (0) and Li Na (1), "b" by W. Zhang (0); three persons, one per mention.</summary>
    private (PersonId WeiZhang, PersonId LiNa, PersonId WZhang, WorkId A, WorkId B) CurationFixture(IExpertStore store)
    {
        using var session = store.BeginWrite();
        var weiZhang = AddPerson(session, "Wei Zhang", "name:wei zhang");
        var liNa = AddPerson(session, "Na Li", "name:li na");
        var wZhang = AddPerson(session, "W. Zhang", "mention:test:b#0");
        session.AddNameVariant(weiZhang, "Wei Zhang");
        session.AddNameVariant(liNa, "Li Na");
        session.AddNameVariant(wZhang, "W. Zhang");
        var a = session.UpsertWork(Paper("a", "Graphene growth", 2019), "ha").Id;
        var b = session.UpsertWork(Paper("b", "Graphene transfer", 2021), "hb").Id;
        session.ReplaceAuthorships(a, [new AuthorshipRow(0, weiZhang, "Wei Zhang", AuthorRole.Author), new AuthorshipRow(1, liNa, "Li Na", AuthorRole.Author)]);
        session.ReplaceAuthorships(b, [new AuthorshipRow(0, wZhang, "W. Zhang", AuthorRole.Author)]);
        session.Commit();
        return (weiZhang, liNa, wZhang, a, b);
    }

    [Test]
    public void MergePersons_MovesAuthorshipsKeysVariantsAndRedirects()
    {
        using var store = CreateStore();
        var f = CurationFixture(store);
        store.RebuildDerived(new DerivedTablesOptions());

        store.MergePersons(f.WeiZhang, [f.WZhang], Note);

        Assert.That(store.GetWorkMentions(f.B).Single().Person, Is.EqualTo(f.WeiZhang));
        Assert.That(store.GetPersons([f.WZhang]), Is.Empty, "the merged-away person is gone");
        Assert.That(store.RedirectOf(f.WZhang), Is.EqualTo(f.WeiZhang));
        Assert.That(store.RedirectOf(f.WeiZhang), Is.Null);
        Assert.That(store.GetPersonProfiles([f.WeiZhang]).Single().NameVariants, Is.EquivalentTo(new[] { "Wei Zhang", "W. Zhang" }));
        Assert.That(store.DerivedTablesStale, Is.True);
        using var session = store.BeginWrite();
        Assert.That(session.FindPersonByKey("mention:test:b#0"), Is.EqualTo(f.WeiZhang));
        Assert.That(session.RedirectOf(f.WZhang), Is.EqualTo(f.WeiZhang));
    }

    [Test]
    public void MergePersons_TwiceInAChain_RedirectsLeadToTheLastTargetInOneStep()
    {
        using var store = CreateStore();
        var f = CurationFixture(store);

        store.MergePersons(f.LiNa, [f.WZhang], Note);
        store.MergePersons(f.WeiZhang, [f.LiNa], Note);

        Assert.That(store.RedirectOf(f.WZhang), Is.EqualTo(f.WeiZhang));
        Assert.That(store.RedirectOf(f.LiNa), Is.EqualTo(f.WeiZhang));
        Assert.That(store.GetPersonMentions(f.WeiZhang, 10).Select(m => m.Reference), Is.EqualTo(new[] { "test:b#0", "test:a#0", "test:a#1" }));
    }

    [Test]
    public void MergePersons_SeparatedBySplit_RefusedAndNothingWritten()
    {
        using var store = CreateStore();
        var f = CurationFixture(store);
        store.MergePersons(f.WeiZhang, [f.WZhang], Note);
        var split = store.SplitPerson(f.WeiZhang, [new MentionRef(f.B, 0)], Note with { Reason = "different person" });
        var before = store.GetCurationLog(null, 10).Count;

        var refusal = Assert.Throws<CurationException>(() => store.MergePersons(split, [f.WeiZhang], Note));

        Assert.That(refusal!.Message, Does.Contain($"{f.WeiZhang} and {split} were separated by a curator"));
        Assert.That(store.GetCurationLog(null, 10), Has.Count.EqualTo(before));
        Assert.That(store.GetPersons([split]), Has.Count.EqualTo(1));
        Assert.That(store.GetWorkMentions(f.B).Single().Person, Is.EqualTo(split));
    }

    [Test]
    public void MergePersons_TwoDifferentOrcids_Refused()
    {
        using var store = CreateStore();
        var f = CurationFixture(store);
        using (var session = store.BeginWrite())
        {
            session.AddPersonKey("orcid:0000-0002-1825-0097", f.WeiZhang);
            session.AddPersonKey("orcid:0000-0001-5109-3700", f.WZhang);
            session.Commit();
        }

        var refusal = Assert.Throws<CurationException>(() => store.MergePersons(f.WeiZhang, [f.WZhang], Note));

        Assert.That(refusal!.Message, Does.Contain("two ORCIDs").And.Contain("0000-0001-5109-3700").And.Contain("0000-0002-1825-0097"));
        Assert.That(store.RedirectOf(f.WZhang), Is.Null);
        Assert.That(store.GetCurationLog(null, 10), Is.Empty);
    }

    [Test]
    public void MergePersons_SameOrcidAsKeyAndAsPersonOrcid_AllowedAndKeptOnTheTarget()
    {
        using var store = CreateStore();
        var f = CurationFixture(store);
        PersonId withOrcid;
        using (var session = store.BeginWrite())
        {
            session.AddPersonKey("orcid:0000-0002-1825-0097", f.WeiZhang);
            withOrcid = session.CreatePerson(new NewPerson("Zhang Wei", new Core.Names.PersonName("Zhang", "Wei", Core.Names.NameScript.Latin), "zhang wei") { Orcid = "0000-0002-1825-0097" });
            session.Commit();
        }

        store.MergePersons(f.WeiZhang, [withOrcid], Note);

        Assert.That(store.GetPersons([f.WeiZhang]).Single().Orcid, Is.EqualTo("0000-0002-1825-0097"));
        Assert.That(store.RedirectOf(withOrcid), Is.EqualTo(f.WeiZhang));
    }

    [TestCase(987654321L, "unknown person P987654321")]
    public void MergePersons_UnknownSource_RefusedNamingIt(long missing, string message)
    {
        using var store = CreateStore();
        var f = CurationFixture(store);

        var refusal = Assert.Throws<CurationException>(() => store.MergePersons(f.WeiZhang, [new PersonId(missing)], Note));

        Assert.That(refusal!.Message, Is.EqualTo(message));
    }

    [Test]
    public void MergePersons_SourceAlreadyMergedAway_RefusedNamingItsTarget()
    {
        using var store = CreateStore();
        var f = CurationFixture(store);
        store.MergePersons(f.WeiZhang, [f.WZhang], Note);

        var refusal = Assert.Throws<CurationException>(() => store.MergePersons(f.LiNa, [f.WZhang], Note));

        Assert.That(refusal!.Message, Is.EqualTo($"person {f.WZhang} was merged into {f.WeiZhang}: use {f.WeiZhang}"));
    }

    [TestCase("", "a reason")]
    [TestCase("ann", " ")]
    public void MergePersons_BlankCuratorOrReason_Refused(string curator, string reason)
    {
        using var store = CreateStore();
        var f = CurationFixture(store);

        Assert.Throws<CurationException>(() => store.MergePersons(f.WeiZhang, [f.WZhang], new CurationNote(curator, reason)));
        Assert.That(store.RedirectOf(f.WZhang), Is.Null);
    }

    [Test]
    public void SplitPerson_MovesMentionsToANewPinnedSeparatedPerson()
    {
        using var store = CreateStore();
        var f = CurationFixture(store);
        store.MergePersons(f.WeiZhang, [f.WZhang], Note);

        var created = store.SplitPerson(f.WeiZhang, [new MentionRef(f.B, 0)], Note with { Reason = "W. Zhang of b is a chemist" });

        Assert.That(created, Is.Not.EqualTo(f.WeiZhang));
        Assert.That(store.GetPersons([created]).Single().DisplayName, Is.EqualTo("W. Zhang"));
        Assert.That(store.GetWorkMentions(f.B).Single(), Has.Property(nameof(PersonMention.Person)).EqualTo(created).And.Property(nameof(PersonMention.Pinned)).True);
        Assert.That(store.GetPersonMentions(f.WeiZhang, 10).Select(m => m.Reference), Is.EqualTo(new[] { "test:a#0" }));
        Assert.That(store.GetSeparations(f.WeiZhang), Is.EqualTo(new[] { created }));
        Assert.That(store.GetAllSeparations(), Is.EqualTo(new[] { (f.WeiZhang, created) }), "created after Wei Zhang, so the larger id");
        Assert.That(store.GetPersonProfiles([f.WeiZhang]).Single().NameVariants, Is.EqualTo(new[] { "Wei Zhang" }), "the variant left with its only mention");
        store.SetBlockKeys([(f.A, 0, "zhang|w"), (f.B, 0, "zhang|w")]);
        Assert.That(store.GetBlockMentions("zhang|w").Select(m => m.Pinned), Is.EqualTo(new PersonId?[] { null, created }), "the split pinned b's mention, not a's");
        using var session = store.BeginWrite();
        Assert.That(session.GetPins(f.B), Is.EqualTo(new Dictionary<int, PersonId> { [0] = created }));
        Assert.That(session.GetPins(f.A), Is.Empty);
        Assert.That(session.SeparatedFrom(created), Is.EqualTo(new[] { f.WeiZhang }));
        Assert.That(session.FindPersonByKey("mention:test:b#0"), Is.EqualTo(created));
    }

    [Test]
    public void SplitPerson_MentionOfAnotherPerson_RefusedNamingIt()
    {
        using var store = CreateStore();
        var f = CurationFixture(store);

        var refusal = Assert.Throws<CurationException>(() => store.SplitPerson(f.WeiZhang, [new MentionRef(f.A, 0), new MentionRef(f.A, 1)], Note));

        Assert.That(refusal!.Message, Is.EqualTo($"mention test:a#1 is not on {f.WeiZhang} (it is on {f.LiNa})"));
        Assert.That(store.GetWorkMentions(f.A).Select(m => m.Person), Is.EqualTo(new[] { f.WeiZhang, f.LiNa }));
        Assert.That(store.Count().Persons, Is.EqualTo(3), "no person created");
    }

    [Test]
    public void SplitPerson_PositionNotOnTheWork_RefusedNamingIt()
    {
        using var store = CreateStore();
        var f = CurationFixture(store);

        var refusal = Assert.Throws<CurationException>(() => store.SplitPerson(f.WeiZhang, [new MentionRef(f.A, 7)], Note));

        Assert.That(refusal!.Message, Is.EqualTo("work test:a has no author at position 7"));
    }

    [Test]
    public void PinMention_ToAnotherPerson_MovesAndPinsIt()
    {
        using var store = CreateStore();
        var f = CurationFixture(store);

        store.PinMention(new MentionRef(f.B, 0), f.WeiZhang, Note);

        var mention = store.GetWorkMentions(f.B).Single();
        Assert.That((mention.Person, mention.Pinned), Is.EqualTo((f.WeiZhang, true)));
        Assert.That(store.GetPersonProfiles([f.WZhang]).Single().NameVariants, Is.Empty);
        using var session = store.BeginWrite();
        Assert.That(session.GetPins(f.B), Is.EqualTo(new Dictionary<int, PersonId> { [0] = f.WeiZhang }));
    }

    [Test]
    public void PinMention_ThenMergeThePinnedPersonAway_PinFollowsToTheTarget()
    {
        using var store = CreateStore();
        var f = CurationFixture(store);
        store.PinMention(new MentionRef(f.B, 0), f.WZhang, Note);

        store.MergePersons(f.LiNa, [f.WZhang], Note);

        using var session = store.BeginWrite();
        Assert.That(session.GetPins(f.B), Is.EqualTo(new Dictionary<int, PersonId> { [0] = f.LiNa }));
    }

    [Test]
    public void GetCurationLog_NewestFirst_WithWhoWhenWhyAndPersons_FilteredByPersonAndMergedAway()
    {
        using var store = CreateStore();
        var f = CurationFixture(store);
        store.PinMention(new MentionRef(f.A, 1), f.LiNa, new CurationNote("bob", "checked the paper") { At = new DateTimeOffset(2026, 2, 1, 8, 0, 0, TimeSpan.Zero) });
        store.MergePersons(f.WeiZhang, [f.WZhang], Note);

        var all = store.GetCurationLog(null, 10);
        var weiZhang = store.GetCurationLog(f.WeiZhang, 10);
        var liNa = store.GetCurationLog(f.LiNa, 10);

        Assert.That(all.Select(e => e.Action), Is.EqualTo(new[] { CurationAction.Merge, CurationAction.Pin }));
        var merge = all[0];
        Assert.That((merge.Curator, merge.Reason, merge.At), Is.EqualTo(("ann", "same person: same lab and co-authors", new DateTimeOffset(2026, 3, 1, 9, 30, 0, TimeSpan.Zero))));
        Assert.That(merge.Detail, Is.EqualTo($"{f.WZhang} into {f.WeiZhang}"));
        Assert.That(merge.Persons, Is.EquivalentTo(new[] { f.WeiZhang, f.WZhang }));
        Assert.That(weiZhang.Select(e => e.Id), Is.EqualTo(new[] { merge.Id }));
        Assert.That(liNa.Select(e => (e.Curator, e.Detail)), Is.EqualTo(new[] { ("bob", (string?)$"test:a#1 on {f.LiNa}") }));
        Assert.That(store.GetCurationLog(null, 1), Has.Count.EqualTo(1));
    }

    [Test]
    public void GetWorks_ByIds_ReadsThemAsReadWorksDoes()
    {
        using var store = CreateStore();
        var f = CurationFixture(store);

        var works = store.GetWorks([f.B, f.A]);
        var all = store.ReadWorks(CancellationToken.None).ToList();

        Assert.That(works.Select(w => (w.Id, w.Work.Title, w.Persons.Count)), Is.EqualTo(all.Select(w => (w.Id, w.Work.Title, w.Persons.Count))));
        Assert.That(store.FindWork(new SourceKey("test", "b")), Is.EqualTo(f.B));
        Assert.That(store.FindWork(new SourceKey("test", "zz")), Is.Null);
    }
}
