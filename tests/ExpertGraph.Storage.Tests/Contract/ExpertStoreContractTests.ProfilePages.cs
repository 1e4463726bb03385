using ExpertGraph.Core.Model;
using ExpertGraph.Core.Storage;

namespace ExpertGraph.Storage.Tests.Contract;

public sealed partial class ExpertStoreContractTests
{
    private static readonly DateTimeOffset PageReadAt = new(2026, 11, 30, 12, 0, 0, TimeSpan.Zero);

    private static ProfilePage Page(string key, string name) => new(key, name)
    {
        OtherNames = ["Jianting Zheng"],
        Position = "教授",
        Institution = "上海交通大学",
        Emails = ["jtzheng@example.edu.cn"],
        ResearchInterests = ["聚酮化合物生物合成"],
        Links = [new PageLink("ORCID", "https://orcid.org/0000-0002-1825-0097")],
        Publications = [new PagePublication("聚酮合成起始单元选择的分子机制研究,2015-2019") { Year = 2019 }],
        Language = "zh",
        SourcePath = "/pages/zheng.html",
        ExtractedBy = ["labels", "sections"],
    };

    [Test]
    public void UpsertProfilePage_SameContentTwice_InsertedThenUnchangedAndReadBackWhole()
    {
        using var store = CreateStore();
        var page = Page("https://example.edu.cn/zheng", "郑舰艇");

        var first = store.UpsertProfilePage(page, "hash-1", PageReadAt);
        var second = store.UpsertProfilePage(page, "hash-1", PageReadAt.AddDays(1));

        Assert.That((first, second), Is.EqualTo((UpsertOutcome.Inserted, UpsertOutcome.Unchanged)));
        var stored = store.ReadProfilePages().Single();
        Assert.That(stored.Page, Is.EqualTo(page).Using<ProfilePage>(SamePage));
        Assert.That((stored.ContentHash, stored.ReadAt), Is.EqualTo(("hash-1", PageReadAt)));
        Assert.That(stored.Match, Is.EqualTo(ProfilePageMatch.NotYet).Using<ProfilePageMatch>(SameMatch));
    }

    [Test]
    public void SetProfilePageMatch_ThenChangedContent_MatchReadByPersonThenReset()
    {
        using var store = CreateStore();
        var person = CommitPersons(store, "Zheng Jianting")[0];
        var page = Page("https://example.edu.cn/zheng", "郑舰艇");
        store.UpsertProfilePage(page, "hash-1", PageReadAt);
        var match = new ProfilePageMatch(person, 0.9, ["2 works listed on the page are the person's"]);

        store.SetProfilePageMatch(page.Key, match);

        Assert.That(store.GetProfilePages(person).Single().Match, Is.EqualTo(match).Using<ProfilePageMatch>(SameMatch));
        Assert.That(store.GetProfilePages(new PersonId(999_999)), Is.Empty);
        Assert.That(store.UpsertProfilePage(page with { Position = "院士" }, "hash-2", PageReadAt), Is.EqualTo(UpsertOutcome.Updated));
        Assert.That(store.GetProfilePages(person), Is.Empty, "a changed page is matched again");
        Assert.That(store.ReadProfilePages().Single().Page.Position, Is.EqualTo("院士"));
    }

    [Test]
    public void SetProfilePageMatch_UnknownPage_StoreError()
    {
        using var store = CreateStore();

        var error = Assert.Throws<StoreException>(() => store.SetProfilePageMatch("nowhere", ProfilePageMatch.NotYet));

        Assert.That(error!.Message, Does.Contain("'nowhere'"));
    }

    private static bool SamePage(ProfilePage a, ProfilePage b) =>
        a.Key == b.Key && a.Name == b.Name && a.OtherNames.SequenceEqual(b.OtherNames) && a.Position == b.Position && a.Institution == b.Institution
        && a.Emails.SequenceEqual(b.Emails) && a.ResearchInterests.SequenceEqual(b.ResearchInterests) && a.Links.SequenceEqual(b.Links)
        && a.Publications.SequenceEqual(b.Publications) && a.Language == b.Language && a.SourcePath == b.SourcePath && a.ExtractedBy.SequenceEqual(b.ExtractedBy);

    private static bool SameMatch(ProfilePageMatch a, ProfilePageMatch b) =>
        a.Person == b.Person && Math.Abs(a.Score - b.Score) < 1e-9 && a.Reasons.SequenceEqual(b.Reasons);
}
