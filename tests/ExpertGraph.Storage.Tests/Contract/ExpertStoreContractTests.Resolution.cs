using System.Globalization;
using ExpertGraph.Core.Curation;
using ExpertGraph.Core.Model;
using ExpertGraph.Core.Names;
using ExpertGraph.Core.Resolution;
using ExpertGraph.Core.Storage;
using ExpertGraph.Storage.Schema;
using ExpertGraph.Tests.Shared.Stores;

namespace ExpertGraph.Storage.Tests.Contract;

public sealed partial class ExpertStoreContractTests
{
    [Test]
    public void MoveMention_ToAnotherPerson_MovesItWithItsMentionKeyAndName()
    {
        using var store = CreateStore();
        var f = CurationFixture(store);
        store.RebuildDerived(new DerivedTablesOptions());

        using (var session = store.BeginWrite())
        {
            session.MoveMention(f.B, 0, f.WeiZhang);
            Assert.That(session.GetAuthorshipPersons(f.B), Is.EqualTo(new Dictionary<int, PersonId> { [0] = f.WeiZhang }));
            session.Commit();
        }

        Assert.That(store.GetWorkMentions(f.B).Single().Person, Is.EqualTo(f.WeiZhang));
        Assert.That(store.GetPersonMentions(f.WeiZhang, 10).Select(m => m.Reference), Is.EqualTo(new[] { "test:b#0", "test:a#0" }));
        Assert.That(store.GetPersonMentions(f.WZhang, 10), Is.Empty);
        Assert.That(store.GetPersonProfiles([f.WeiZhang]).Single().NameVariants, Is.EquivalentTo(new[] { "Wei Zhang", "W. Zhang" }));
        Assert.That(store.GetPersonProfiles([f.WZhang]).Single().NameVariants, Is.Empty, "no mention of W. Zhang's person carries the name any more");
        Assert.That(store.GetPersons([f.WZhang]), Has.Count.EqualTo(1), "a move alone removes no person");
        Assert.That(store.DerivedTablesStale, Is.True);
        Assert.That(store.GetCurationLog(null, 10), Is.Empty, "re-resolution is no curator decision");
        using var check = store.BeginWrite();
        Assert.That(check.FindPersonByKey("mention:test:b#0"), Is.EqualTo(f.WeiZhang));
    }

    [Test]
    public void MoveMention_NoAuthorAtThatPosition_ThrowsNamingWorkAndPosition()
    {
        using var store = CreateStore();
        var f = CurationFixture(store);
        using var session = store.BeginWrite();

        var error = Assert.Throws<StoreException>(() => session.MoveMention(f.B, 3, f.WeiZhang));

        Assert.That(error!.Message, Does.Contain($"W{f.B.Value}#3").And.Contain("position 3"));
    }

    [Test]
    public void RetirePerson_AfterItsMentionsMoved_RedirectsItAndMovesKeysVariantsPinsAndEarlierRedirects()
    {
        using var store = CreateStore();
        var f = CurationFixture(store);
        PersonId zhangW;
        using (var session = store.BeginWrite())
        {
            zhangW = AddPerson(session, "Zhang W.", "name:zhang w");
            session.AddNameVariant(zhangW, "Zhang W.");
            session.Commit();
        }

        store.MergePersons(f.WZhang, [zhangW], Note);
        store.PinMention(new MentionRef(f.B, 0), f.WZhang, Note);
        store.SplitPerson(f.WeiZhang, [new MentionRef(f.A, 0)], Note);
        var splitOff = store.GetWorkMentions(f.A)[0].Person;
        store.MergePersons(f.LiNa, [f.WeiZhang], Note);
        // Now: W. Zhang has b#0 (pinned), key name:zhang w, variants W. Zhang and Zhang W., zhangW redirected to it; Li Na
        // has a#1, no other name (Wei Zhang's left with a#0) and is separated from the person split off with a#0.

        using (var session = store.BeginWrite())
        {
            Assert.That(session.RedirectOf(zhangW), Is.EqualTo(f.WZhang));
            session.MoveMention(f.B, 0, f.LiNa);
            session.RetirePerson(f.WZhang, f.LiNa);

            Assert.That(session.RedirectOf(f.WZhang), Is.EqualTo(f.LiNa));
            Assert.That(session.RedirectOf(zhangW), Is.EqualTo(f.LiNa), "the session's redirects follow the retirement");
            Assert.That(session.FindPersonByKey("name:zhang w"), Is.EqualTo(f.LiNa));
            Assert.That(session.FindPersonByKey("mention:test:b#0"), Is.EqualTo(f.LiNa));
            Assert.That(session.GetPins(f.B), Is.EqualTo(new Dictionary<int, PersonId> { [0] = f.LiNa }));
            session.Commit();
        }

        Assert.That(store.RedirectOf(f.WZhang), Is.EqualTo(f.LiNa));
        Assert.That(store.RedirectOf(zhangW), Is.EqualTo(f.LiNa), "an earlier redirect to the retired person leads to its successor");
        Assert.That(store.RedirectOf(f.WeiZhang), Is.EqualTo(f.LiNa));
        Assert.That(store.GetPersons([f.WZhang]), Is.Empty);
        Assert.That(store.GetPersonProfiles([f.LiNa]).Single().NameVariants, Is.EquivalentTo(new[] { "Li Na", "W. Zhang", "Zhang W." }),
            "\"Wei Zhang\" left with a#0 in the split");
        var moved = store.GetWorkMentions(f.B).Single();
        Assert.That((moved.Person, moved.Pinned), Is.EqualTo((f.LiNa, true)));
        Assert.That(store.GetSeparations(f.LiNa), Is.EqualTo(new[] { splitOff }));
        Assert.That(store.GetCurationLog(null, 10), Has.Count.EqualTo(4), "the four curator decisions, no entry for the retirement");
        Assert.That(store.GetCurationLog(f.LiNa, 10).Select(e => e.Action),
            Is.EqualTo(new[] { CurationAction.Merge, CurationAction.Split, CurationAction.Pin, CurationAction.Merge }),
            "the successor's log includes the retired person's decisions");
    }

    [Test]
    public void RetirePerson_PersonStillHasMentions_ThrowsAndWritesNothing()
    {
        using var store = CreateStore();
        var f = CurationFixture(store);
        using (var session = store.BeginWrite())
        {
            var error = Assert.Throws<StoreException>(() => session.RetirePerson(f.WZhang, f.WeiZhang));

            Assert.That(error!.Message, Is.EqualTo($"person P{f.WZhang.Value} still has 1 mentions"));
            Assert.That(session.RedirectOf(f.WZhang), Is.Null);
            Assert.That(session.FindPersonByKey("mention:test:b#0"), Is.EqualTo(f.WZhang));
            // Committed anyway: the refusal must have written nothing into the transaction.
            session.Commit();
        }

        Assert.That(store.RedirectOf(f.WZhang), Is.Null);
        Assert.That(store.GetPersons([f.WZhang]), Has.Count.EqualTo(1));
        Assert.That(store.GetPersonProfiles([f.WZhang]).Single().NameVariants, Is.EqualTo(new[] { "W. Zhang" }));
        Assert.That(store.GetWorkMentions(f.B).Single().Person, Is.EqualTo(f.WZhang));
    }

    [Test]
    public void RetirePerson_IntoItselfAnUnknownOrARedirectedPersonOrTwice_Throws()
    {
        using var store = CreateStore();
        var f = CurationFixture(store);
        var idle = CommitPersons(store, "Xu Ming", "Yan Bo");
        store.MergePersons(f.WeiZhang, [idle[1]], Note);
        using var session = store.BeginWrite();

        Assert.That(() => session.RetirePerson(idle[0], idle[0]), Throws.TypeOf<StoreException>().With.Message.Contains("into itself"));
        Assert.That(() => session.RetirePerson(idle[0], new PersonId(999_999)), Throws.TypeOf<StoreException>().With.Message.Contains("unknown person P999999"));
        Assert.That(() => session.RetirePerson(idle[0], idle[1]), Throws.TypeOf<StoreException>().With.Message.Contains($"was redirected to P{f.WeiZhang.Value}"));
        Assert.That(() => session.RetirePerson(idle[1], f.LiNa), Throws.TypeOf<StoreException>().With.Message.Contains($"P{idle[1].Value} was already redirected to P{f.WeiZhang.Value}"));
        session.RetirePerson(idle[0], f.LiNa);
        Assert.That(() => session.RetirePerson(idle[0], f.WeiZhang), Throws.TypeOf<StoreException>().With.Message.Contains($"already redirected to P{f.LiNa.Value}"));
    }

    [Test]
    public void SetPersonResolution_StoredAndReplaced_ReadBackAsWritten()
    {
        using var store = CreateStore();
        var persons = CommitPersons(store, "Ann Lee", "Bo Chen");
        using (var session = store.BeginWrite())
        {
            session.SetPersonResolution(persons[0], new PersonResolution(0.42, ["works-per-year 2019: 91", "disjoint-groups: 3"]));
            session.Commit();
        }

        var stored = store.GetPersonResolution(persons[0]);
        Assert.That(stored!.Confidence, Is.EqualTo(0.42));
        Assert.That(stored.Flags, Is.EqualTo(new[] { "works-per-year 2019: 91", "disjoint-groups: 3" }));
        Assert.That(store.GetPersonResolution(persons[1]), Is.Null, "never set");
        Assert.That(store.GetPersonResolution(new PersonId(999_999)), Is.Null);

        using (var session = store.BeginWrite())
        {
            session.SetPersonResolution(persons[0], new PersonResolution(1, []));
            Assert.That(() => session.SetPersonResolution(new PersonId(999_999), new PersonResolution(0.5, [])),
                Throws.TypeOf<StoreException>().With.Message.Contains("P999999"));
            Assert.That(() => session.SetPersonResolution(persons[1], new PersonResolution(1.5, [])), Throws.TypeOf<ArgumentOutOfRangeException>());
            Assert.That(() => session.SetPersonResolution(persons[1], new PersonResolution(double.NaN, [])), Throws.TypeOf<ArgumentOutOfRangeException>());
            session.Commit();
        }

        var replaced = store.GetPersonResolution(persons[0]);
        Assert.That((replaced!.Confidence, replaced.Flags.Count), Is.EqualTo((1.0, 0)));
        Assert.That(store.GetPersonResolution(persons[1]), Is.Null);
    }

    [Test]
    public void AddConfidenceEvidence_OverSeveralTransactions_KeepsARunningMeanOverThePersonsMentionsAndLeavesFlagsAlone()
    {
        using var store = CreateStore();
        var p = CommitPersons(store, "Ann Lee", "Bo Chen");
        Write(store, Paper("1", "T1", 2020), p[0], p[1]);
        Write(store, Paper("2", "T2", 2021), p[0]);
        using (var session = store.BeginWrite())
        {
            // Ann's two mentions weighed 1 and 0.5; Bo's one 0.25.
            session.AddConfidenceEvidence([new ConfidenceEvidence(p[0], 1.5, 2), new ConfidenceEvidence(p[1], 0.25, 1)]);
            session.Commit();
        }

        var ann = store.GetPersonResolution(p[0]);
        Assert.That((ann!.Confidence, ann.Inspected, ann.Flags.Count), Is.EqualTo((0.75, false, 0)), "weighed at ingest, not inspected");
        Assert.That(store.GetPersonResolution(p[1])!.Confidence, Is.EqualTo(0.25));
        Assert.That(store.GetFlaggedPersons(10), Is.Empty, "no flags: not listed for curators");

        // A third mention of Ann's, weighed 0: the stored 0.75 stands for her two earlier ones.
        Write(store, Paper("3", "T3", 2022), p[0]);
        using (var session = store.BeginWrite())
        {
            session.AddConfidenceEvidence([new ConfidenceEvidence(p[0], 0, 1)]);
            session.Commit();
        }

        Assert.That(store.GetPersonResolution(p[0])!.Confidence, Is.EqualTo(0.5).Within(1e-12));

        using (var session = store.BeginWrite())
        {
            session.SetPersonResolution(p[1], new PersonResolution(0.25, ["disjoint-groups: 2"]));
            session.AddConfidenceEvidence([new ConfidenceEvidence(p[1], 1, 1)]);
            session.Commit();
        }

        var bo = store.GetPersonResolution(p[1]);
        Assert.That((bo!.Confidence, bo.Inspected), Is.EqualTo((1.0, true)), "Bo's one mention is the evidence's: its mean replaces the stored one");
        Assert.That(bo.Flags, Is.EqualTo(new[] { "disjoint-groups: 2" }));

        using var failing = store.BeginWrite();
        Assert.That(() => failing.AddConfidenceEvidence([new ConfidenceEvidence(new PersonId(999_999), 1, 1)]),
            Throws.TypeOf<StoreException>().With.Message.Contains("P999999"));
        Assert.That(() => failing.AddConfidenceEvidence([new ConfidenceEvidence(p[0], 3, 2)]), Throws.TypeOf<ArgumentOutOfRangeException>());
        Assert.That(() => failing.AddConfidenceEvidence([new ConfidenceEvidence(p[0], 0, 0)]), Throws.TypeOf<ArgumentOutOfRangeException>());
    }

    [Test]
    public void GetFlaggedPersons_SomeFlagged_LowestConfidenceFirstThenIdWithTheirMentionCountsUpToTheLimit()
    {
        using var store = CreateStore();
        var p = CommitPersons(store, "Ann Lee", "Bo Chen", "Cai Yun", "Dan Wu", "Eva Ma");
        Write(store, Paper("1", "T1", 2020), p[3], p[0]);
        Write(store, Paper("2", "T2", 2021), p[3]);
        using (var session = store.BeginWrite())
        {
            session.SetPersonResolution(p[0], new PersonResolution(0.3, ["works-per-year 2019: 91"]));
            session.SetPersonResolution(p[1], new PersonResolution(0.3, ["disjoint-groups: 3"]));
            session.SetPersonResolution(p[2], new PersonResolution(0.05, []));
            session.SetPersonResolution(p[3], new PersonResolution(0.1, ["disjoint-groups: 2", "countries: 4"]));
            session.Commit();
        }

        var flagged = store.GetFlaggedPersons(10);

        Assert.That(flagged.Select(x => (x.Person, x.DisplayName, x.Confidence, x.Works)), Is.EqualTo(new[]
        {
            (p[3], "Dan Wu", 0.1, 2), (p[0], "Ann Lee", 0.3, 1), (p[1], "Bo Chen", 0.3, 0),
        }));
        Assert.That(flagged[0].Flags, Is.EqualTo(new[] { "disjoint-groups: 2", "countries: 4" }));
        Assert.That(flagged[2].Flags, Is.EqualTo(new[] { "disjoint-groups: 3" }));
        Assert.That(store.GetFlaggedPersons(2).Select(x => x.Person), Is.EqualTo(new[] { p[3], p[0] }));
        Assert.That(() => store.GetFlaggedPersons(0), Throws.TypeOf<ArgumentOutOfRangeException>());
    }

    [Test]
    public void ReResolution_CreateMoveAndRetireInOneUncommittedSession_SeesTheSessionsOwnRows()
    {
        // The PostgreSQL session buffers new persons, works, keys and variants until commit: every step here acts on rows
        // written earlier in the same session, and the commit must not send them again over what the steps changed.
        using var store = CreateStore();
        WorkId work;
        PersonId first, second, third;
        using (var session = store.BeginWrite())
        {
            var institution = session.GetOrCreateInstitution("Tsinghua University", "tsinghua university", "CN");
            first = AddPerson(session, "Wei Zhang", "name:wei zhang");
            second = session.CreatePerson(new NewPerson("W. Zhang", new PersonName("Zhang", "W.", NameScript.Latin), "zhang w")
            {
                Orcid = "0000-0002-1825-0097", Institution = institution, CountryCode = "CN",
            });
            session.AddPersonKey("orcid:0000-0002-1825-0097", second);
            session.AddNameVariant(first, "Wei Zhang");
            session.AddNameVariant(second, "W. Zhang");
            work = session.UpsertWork(Paper("1", "Deep speech recognition", 2019), "h1").Id;
            session.ReplaceAuthorships(work, [
                new AuthorshipRow(0, first, "Wei Zhang", AuthorRole.Author) { BlockKey = ZhangW },
                new AuthorshipRow(1, second, "W. Zhang", AuthorRole.Author) { BlockKey = ZhangW },
            ]);

            session.MoveMention(work, 1, first);
            session.RetirePerson(second, first);
            session.SetPersonResolution(first, new PersonResolution(0.75, ["one-flag"]));
            Assert.That(session.GetBlockMentions(ZhangW).Select(m => m.Person), Is.EqualTo(new[] { first, first }));
            Assert.That(session.FindPersonByKey("orcid:0000-0002-1825-0097"), Is.EqualTo(first));
            Assert.That(session.RedirectOf(second), Is.EqualTo(first));

            // Written after the early send: goes out at commit as usual.
            third = AddPerson(session, "Na Li", "name:li na");
            session.AddNameVariant(third, "Na Li");
            session.AddNameVariant(first, "Zhang Wei");
            Assert.That(store.GetPersons([first]), Is.Empty, "nothing is visible to readers before commit");
            session.Commit();
        }

        Assert.That(store.GetWorkMentions(work).Select(m => m.Person), Is.EqualTo(new[] { first, first }));
        Assert.That(store.GetPersons([first, second, third]).Select(x => x.Id), Is.EquivalentTo(new[] { first, third }));
        var successor = store.GetPersons([first]).Single();
        Assert.That((successor.Orcid, successor.Institution, successor.CountryCode), Is.EqualTo(("0000-0002-1825-0097", "Tsinghua University", "CN")));
        Assert.That(store.GetPersonProfiles([first]).Single().NameVariants, Is.EquivalentTo(new[] { "Wei Zhang", "W. Zhang", "Zhang Wei" }));
        Assert.That(store.RedirectOf(second), Is.EqualTo(first));
        Assert.That(store.GetPersonResolution(first)!.Flags, Is.EqualTo(new[] { "one-flag" }));
        var counts = store.Count();
        Assert.That((counts.Persons, counts.PersonKeys, counts.NameVariants, counts.Authorships), Is.EqualTo((2L, 3L, 4L, 2L)),
            "keys name:wei zhang, orcid:…, name:li na; no variant row of the retired person came back at commit");
        using var session2 = store.BeginWrite();
        Assert.That(session2.FindPersonByKey("orcid:0000-0002-1825-0097"), Is.EqualTo(first));
    }

    [Test]
    public void Open_StoreOfSchemaVersion7_MigratesToTheCurrentVersionWithNoResolutionsAndNoCommittedRecords()
    {
        var dialect = kind == StoreKind.Sqlite ? SqlDialect.Sqlite : SqlDialect.Postgres;
        using (var connection = _location!.OpenConnection())
        using (var command = connection.CreateCommand())
        {
            command.CommandText = string.Concat(StoreSchema.Migrations.Where(m => m.Version <= 7).Select(m => dialect.Prelude(m.Template) + dialect.Render(m.Template) + ";\n")) + """
                CREATE TABLE schema_info (version BIGINT NOT NULL);
                INSERT INTO schema_info VALUES (7);
                INSERT INTO persons (id, display_name, family_name, given_name, name_key) VALUES (7, 'Wei Zhang', 'Zhang', 'Wei', 'zhang wei');
                INSERT INTO ingestion_files (path, content_hash, size, format, status) VALUES ('/data/a.xml', 'abc', 10, 'dblp-xml', 1);
                """;
            command.ExecuteNonQuery();
        }

        using var store = CreateStore();

        Assert.That(store.GetPersonResolution(new PersonId(7)), Is.Null);
        Assert.That(store.GetFlaggedPersons(10), Is.Empty);
        Assert.That(store.GetFileCheckpoint("/data/a.xml"), Is.EqualTo(new FileCheckpoint("/data/a.xml", "abc", 10, "dblp-xml", FileStatus.Started)));
        using (var check = _location.OpenConnection())
        using (var version = check.CreateCommand())
        {
            version.CommandText = "SELECT version FROM schema_info";
            Assert.That(Convert.ToInt64(version.ExecuteScalar(), CultureInfo.InvariantCulture), Is.EqualTo(StoreSchema.Version));
        }

        using (var session = store.BeginWrite())
        {
            session.SetPersonResolution(new PersonId(7), new PersonResolution(0.5, ["disjoint-groups: 2"]));
            session.Commit();
        }

        Assert.That(store.GetFlaggedPersons(10).Select(x => (x.Person, x.DisplayName, x.Confidence, x.Works)), Is.EqualTo(new[] { (new PersonId(7), "Wei Zhang", 0.5, 0) }));
    }
}
