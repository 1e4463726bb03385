using ExpertGraph.Core.Model;
using ExpertGraph.Core.Storage;

namespace ExpertGraph.Storage.Tests.Contract;

public sealed partial class ExpertStoreContractTests
{
    [Test]
    public void UpsertWork_EveryColumn_ReadsBackAsWrittenAfterInsertAndAfterUpdate()
    {
        using var store = CreateStore();
        var grant = new Work(new SourceKey("nsf", "2012345"), WorkKind.Project, "Quantum sensing networks")
        {
            Abstract = "Entangled probes.",
            Year = 2021,
            Venue = "NSF PHY",
            Language = "en",
            Keywords = ["quantum", "量子传感"],
            Classifications = [new ClassificationCode("NSFC", "A0501", "Quantum optics")],
            Organizations = [new AffiliationMention("University of Arizona") { CountryCode = "US" }],
            Funding = new FundingAmount(450000.5m, "USD"),
            CitationCount = 7,
        };
        var bare = grant with
        {
            Title = "Quantum sensing", Abstract = null, Year = null, Venue = null, Language = null, Keywords = [], Classifications = [],
            Organizations = [], Funding = null, CitationCount = null,
        };

        foreach (var (version, hash, outcome) in new[] { (grant, "h1", UpsertOutcome.Inserted), (bare, "h2", UpsertOutcome.Updated), (grant, "h3", UpsertOutcome.Updated) })
        {
            using (var session = store.BeginWrite())
            {
                Assert.That(session.UpsertWork(version, hash).Outcome, Is.EqualTo(outcome));
                Assert.That(session.FindWork(version.Key)?.ContentHash, Is.EqualTo(hash));
                session.Commit();
            }

            var read = store.ReadWorks(CancellationToken.None).Single().Work;
            Assert.That(read.Key, Is.EqualTo(version.Key));
            Assert.That((read.Kind, read.Title, read.Abstract, read.Year, read.Venue, read.Language, read.CitationCount),
                Is.EqualTo((version.Kind, version.Title, version.Abstract, version.Year, version.Venue, version.Language, version.CitationCount)), hash);
            Assert.That(read.Keywords, Is.EqualTo(version.Keywords), hash);
            Assert.That(read.Classifications, Is.EqualTo(version.Classifications), hash);
            Assert.That(read.Organizations.Select(o => (o.RawText, o.CountryCode)), Is.EqualTo(version.Organizations.Select(o => (o.RawText, o.CountryCode))), hash);
            Assert.That(read.Funding, Is.EqualTo(version.Funding), hash);
        }

        using (var session = store.BeginWrite())
        {
            Assert.That(session.UpsertWork(grant, "h3").Outcome, Is.EqualTo(UpsertOutcome.Unchanged));
            Assert.That(session.FindWork(new SourceKey("nsf", "other")), Is.Null);
        }
    }

    [Test]
    public void ReadWorks_TwoWorks_YieldsThemInIdOrderWithWhatTheIndexNeeds()
    {
        using var store = CreateStore();
        PersonId ann, bo;
        WorkId first, second;
        var withCountries = Paper("1", "Speech recognition", 2006) with
        {
            Abstract = "Hidden Markov models.",
            Keywords = ["HMM", "语音识别"],
            Authors =
            [
                new AuthorMention("Ann Lee", 1) { Affiliations = [new AffiliationMention("MIT, USA") { CountryCode = "US" }] },
                new AuthorMention("Bo Li", 2) { Affiliations = [new AffiliationMention("Tsinghua, China") { CountryCode = "CN" }, new AffiliationMention("MIT") { CountryCode = "US" }] },
            ],
        };
        using (var session = store.BeginWrite())
        {
            ann = AddPerson(session, "Ann Lee", "a");
            bo = AddPerson(session, "Bo Li", "b");
            first = session.UpsertWork(withCountries, "h1").Id;
            // The same person twice on a work (two mentions resolved to one person) is one person of the work.
            session.ReplaceAuthorships(first, [
                new AuthorshipRow(1, bo, "Bo Li", AuthorRole.Author) { Affiliation = "Tsinghua, China | MIT", Email = "bo@example.org" },
                new AuthorshipRow(2, ann, "Ann Lee", AuthorRole.Author),
                new AuthorshipRow(3, bo, "B. Li", AuthorRole.Editor),
            ]);
            second = session.UpsertWork(Paper("2", "No authors yet", 2010), "h2").Id;
            session.Commit();
        }

        var works = store.ReadWorks(CancellationToken.None).ToList();

        Assert.That(works.Select(w => w.Id), Is.EqualTo(new[] { first, second }));
        var read = works[0];
        Assert.That(read.Work.Key, Is.EqualTo(new SourceKey("test", "1")));
        Assert.That(read.Work.Kind, Is.EqualTo(WorkKind.Paper));
        Assert.That(read.Work.Title, Is.EqualTo("Speech recognition"));
        Assert.That(read.Work.Abstract, Is.EqualTo("Hidden Markov models."));
        Assert.That(read.Work.Year, Is.EqualTo(2006));
        Assert.That(read.Work.Keywords, Is.EqualTo(new[] { "HMM", "语音识别" }));
        Assert.That(read.Persons, Is.EqualTo(new[] { bo, ann }));
        Assert.That(read.CountryCodes, Is.EqualTo(new[] { "CN", "US" }));
        Assert.That(read.Work.Authors.Select(a => (a.Position, a.RawName, a.Role)), Is.EqualTo(new[]
        {
            (1, "Bo Li", AuthorRole.Author), (2, "Ann Lee", AuthorRole.Author), (3, "B. Li", AuthorRole.Editor),
        }));
        Assert.That(read.Work.Authors[0].Affiliations.Select(a => a.RawText), Is.EqualTo(new[] { "Tsinghua, China", "MIT" }));
        Assert.That(read.Work.Authors[0].Email, Is.EqualTo("bo@example.org"));
        Assert.That(works[1].Persons, Is.Empty);
        Assert.That(works[1].CountryCodes, Is.Empty);
        Assert.That(works[1].Work.Authors, Is.Empty);
    }

    [Test]
    public void ReadWorkTexts_TwoWorks_YieldsTheirWordsAndEachPersonOnceInIdOrder()
    {
        using var store = CreateStore();
        PersonId ann, bo;
        WorkId first, second;
        using (var session = store.BeginWrite())
        {
            ann = AddPerson(session, "Ann Lee", "a");
            bo = AddPerson(session, "Bo Li", "b");
            first = session.UpsertWork(Paper("1", "Speech recognition", 2006) with { Abstract = "Hidden Markov models.", Keywords = ["HMM", "语音识别"] }, "h1").Id;
            session.ReplaceAuthorships(first, [
                new AuthorshipRow(1, bo, "Bo Li", AuthorRole.Author),
                new AuthorshipRow(2, ann, "Ann Lee", AuthorRole.Author),
                new AuthorshipRow(3, bo, "B. Li", AuthorRole.Editor),
            ]);
            second = session.UpsertWork(Paper("2", "No authors yet", 2010), "h2").Id;
            session.Commit();
        }

        var texts = store.ReadWorkTexts(CancellationToken.None).ToList();

        Assert.That(texts.Select(w => w.Id), Is.EqualTo(new[] { first, second }));
        Assert.That(texts[0].Title, Is.EqualTo("Speech recognition"));
        Assert.That(texts[0].Keywords, Is.EqualTo(new[] { "HMM", "语音识别" }));
        Assert.That(texts[0].Abstract, Is.EqualTo("Hidden Markov models."));
        Assert.That(texts[0].Persons, Is.EqualTo(new[] { bo, ann }));
        Assert.That(texts[0].Text, Is.EqualTo("Speech recognition \n HMM \n 语音识别 \n Hidden Markov models."));
        Assert.That(texts[1].Persons, Is.Empty);
        Assert.That(texts[1].Keywords, Is.Empty);
        Assert.That(texts[1].Abstract, Is.Null);
        Assert.That(texts[1].Text, Is.EqualTo("No authors yet"));
    }

    [Test]
    public void ReadWorks_WorkUpdatedWithNewCountries_YieldsTheNewCountries()
    {
        using var store = CreateStore();
        var before = Paper("1", "T", 2006) with { Authors = [new AuthorMention("Ann Lee", 1) { Affiliations = [new AffiliationMention("x") { CountryCode = "US" }] }] };
        var after = before with { Authors = [new AuthorMention("Ann Lee", 1) { Affiliations = [new AffiliationMention("y") { CountryCode = "DE" }] }] };
        using (var session = store.BeginWrite())
        {
            session.UpsertWork(before, "h1");
            session.UpsertWork(after, "h2");
            session.Commit();
        }

        Assert.That(store.ReadWorks(CancellationToken.None).Single().CountryCodes, Is.EqualTo(new[] { "DE" }));
    }

    [Test]
    public void ReadWorks_Cancelled_StopsWithOperationCanceled()
    {
        using var store = CreateStore();
        Write(store, Paper("1", "T", 2006));
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.That(() => store.ReadWorks(cancelled.Token).ToList(), Throws.InstanceOf<OperationCanceledException>());
    }

    [Test]
    public void ReadPersonIds_PersonWithoutWorks_IsReadToo()
    {
        using var store = CreateStore();
        PersonId withWork, withoutWork;
        using (var session = store.BeginWrite())
        {
            withWork = AddPerson(session, "Ann Lee", "a");
            withoutWork = AddPerson(session, "Bo Li", "b");
            session.Commit();
        }

        Write(store, Paper("1", "T", 2006), withWork);

        Assert.That(store.ReadPersonIds(CancellationToken.None), Is.EqualTo(new[] { withWork, withoutWork }));
    }
}
