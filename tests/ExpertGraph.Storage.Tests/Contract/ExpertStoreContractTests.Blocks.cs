using System.Globalization;
using ExpertGraph.Core.Model;
using ExpertGraph.Core.Resolution;
using ExpertGraph.Core.Storage;
using ExpertGraph.Storage.Schema;
using ExpertGraph.Tests.Shared.Stores;

namespace ExpertGraph.Storage.Tests.Contract;

public sealed partial class ExpertStoreContractTests
{
    private const string ZhangW = "zhang|w";

    /// <summary>Two works with mentions of block zhang|w (three in all) and Na Li (block li|n) on both.</summary>
    private static (WorkId First, WorkId Second, PersonId Wei, PersonId Wen) WriteZhangBlock(IStoreWriteSession session)
    {
        var wei = AddPerson(session, "Wei Zhang", "wei");
        var wen = AddPerson(session, "Wen Zhang", "wen");
        var na = AddPerson(session, "Na Li", "na");
        var first = session.UpsertWork(Paper("1", "Deep speech recognition", 2019) with
        {
            Venue = "ICASSP",
            Classifications = [new ClassificationCode("IPC", "G10L 15/16", "speech recognition"), new ClassificationCode("CPC", "G10L15/16")],
            Concepts = [new("speech", 0.75f, true), new("acoustics", 0.5f, false)],
        }, "h1").Id;
        // Rows given out of position order: the store orders them.
        session.ReplaceAuthorships(first, [
            new AuthorshipRow(2, wei, "W. Zhang", AuthorRole.Author) { BlockKey = ZhangW },
            new AuthorshipRow(0, wei, "Wei Zhang", AuthorRole.Author)
            {
                BlockKey = ZhangW, Affiliation = "Tsinghua University", Email = "wei@example.org", Orcid = "0000-0002-1825-0097",
                SourceAuthorId = "A5023888391",
            },
            new AuthorshipRow(1, na, "Na Li", AuthorRole.Author) { BlockKey = "li|n" },
        ]);
        var second = session.UpsertWork(Paper("2", "Speaker identification", 2021) with { Key = new SourceKey("openalex", "W2") }, "h2").Id;
        session.ReplaceAuthorships(second, [
            new AuthorshipRow(0, na, "Na Li", AuthorRole.Author) { BlockKey = "li|n" },
            new AuthorshipRow(1, wen, "Wen Zhang", AuthorRole.Editor) { BlockKey = ZhangW },
        ]);
        return (first, second, wei, wen);
    }

    [Test]
    public void GetBlockMentions_TwoWorksWithMentionsOfTheBlock_ReturnsExactlyThemWithWhatTheResolverCompares()
    {
        using var store = CreateStore();
        (WorkId First, WorkId Second, PersonId Wei, PersonId Wen) written;
        using (var session = store.BeginWrite())
        {
            written = WriteZhangBlock(session);
            session.Commit();
        }

        var mentions = store.GetBlockMentions(ZhangW);

        Assert.That(mentions.Select(m => (m.Work, m.Position, m.Person, m.RawName)), Is.EqualTo(new[]
        {
            (written.First, 0, written.Wei, "Wei Zhang"),
            (written.First, 2, written.Wei, "W. Zhang"),
            (written.Second, 1, written.Wen, "Wen Zhang"),
        }));
        var wei = mentions[0];
        Assert.That(wei.Source, Is.EqualTo("test"));
        Assert.That(wei.Affiliation, Is.EqualTo("Tsinghua University"));
        Assert.That(wei.Email, Is.EqualTo("wei@example.org"));
        Assert.That(wei.Orcid, Is.EqualTo("0000-0002-1825-0097"));
        Assert.That(wei.SourceAuthorId, Is.EqualTo("A5023888391"));
        Assert.That(wei.Title, Is.EqualTo("Deep speech recognition"));
        Assert.That(wei.Venue, Is.EqualTo("ICASSP"));
        Assert.That(wei.Year, Is.EqualTo(2019));
        Assert.That(wei.Classifications, Is.EqualTo(new[] { "IPC:G10L 15/16", "CPC:G10L15/16" }));
        Assert.That(wei.Coauthors, Is.EqualTo(new[] { "Na Li", "W. Zhang" }));

        var initials = mentions[1];
        Assert.That(initials.Coauthors, Is.EqualTo(new[] { "Wei Zhang", "Na Li" }));
        Assert.That((initials.Affiliation, initials.Email, initials.Orcid, initials.SourceAuthorId), Is.EqualTo(((string?)null, (string?)null, (string?)null, (string?)null)));

        var wen = mentions[2];
        Assert.That(wen.Source, Is.EqualTo("openalex"));
        Assert.That((wen.Title, wen.Venue, wen.Year), Is.EqualTo(("Speaker identification", (string?)null, (int?)2021)));
        Assert.That(wen.Coauthors, Is.EqualTo(new[] { "Na Li" }));
        Assert.That(wen.Classifications, Is.Empty);

        Assert.That(store.GetBlockMentions("li|n").Select(m => (m.Work, m.Position)), Is.EqualTo(new[] { (written.First, 1), (written.Second, 0) }));
        Assert.That(store.GetBlockMentions("wang|f"), Is.Empty);
    }

    [Test]
    public void GetBlockProfiles_ProfilesWrittenWithAuthorshipsOrSetLater_ReadBackByteForByteInTheSessionAndAfterCommit()
    {
        using var store = CreateStore();
        byte[] weiProfile = [1, 0, 255, 7, 42, 0, 128];
        byte[] wenProfile = [.. Enumerable.Range(0, 600).Select(i => (byte)(i * 7))];
        PersonId wei, wen;
        WorkId first, second;
        using (var session = store.BeginWrite())
        {
            wei = AddPerson(session, "Wei Zhang", "wei");
            wen = AddPerson(session, "Wen Zhang", "wen");
            first = session.UpsertWork(Paper("1", "Deep speech recognition", 2019), "h1").Id;
            session.ReplaceAuthorships(first, [
                new AuthorshipRow(1, wei, "W. Zhang", AuthorRole.Author) { BlockKey = ZhangW },
                new AuthorshipRow(0, wei, "Wei Zhang", AuthorRole.Author) { BlockKey = ZhangW, Profile = weiProfile },
            ]);
            second = session.UpsertWork(Paper("2", "Speaker identification", 2021), "h2").Id;
            session.ReplaceAuthorships(second, [new AuthorshipRow(0, wen, "Wen Zhang", AuthorRole.Author) { BlockKey = ZhangW, Profile = wenProfile }]);

            var inSession = session.GetBlockProfiles(ZhangW);

            Assert.That(inSession, Has.Count.EqualTo(3));
            Assert.That(inSession.Select(m => (m.Work, m.Position, m.Person, m.RawName)), Is.EqualTo(new[]
            {
                (first, 0, wei, "Wei Zhang"), (first, 1, wei, "W. Zhang"), (second, 0, wen, "Wen Zhang"),
            }));
            Assert.That(inSession[0].Profile, Is.EqualTo(weiProfile));
            Assert.That(inSession[1].Profile, Is.Null, "a row written without a profile has none");
            Assert.That(inSession[2].Profile, Is.EqualTo(wenProfile));
            session.Commit();
        }

        using (var session = store.BeginWrite())
        {
            var committed = session.GetBlockProfiles(ZhangW);
            Assert.That(committed.Select(m => m.Profile), Is.EqualTo(new[] { weiProfile, null, wenProfile }));
            Assert.That(session.GetBlockProfiles("li|n"), Is.Empty);

            // A row stored without a profile gets one; a stale one is replaced.
            session.SetProfiles([(first, 1, [9, 9, 9]), (second, 0, [8])]);
            Assert.That(session.GetBlockProfiles(ZhangW).Select(m => m.Profile), Is.EqualTo(new[] { weiProfile, new byte[] { 9, 9, 9 }, new byte[] { 8 } }));
            session.Commit();
        }

        using (var session = store.BeginWrite())
            Assert.That(session.GetBlockProfiles(ZhangW).Select(m => m.Profile), Is.EqualTo(new[] { weiProfile, new byte[] { 9, 9, 9 }, new byte[] { 8 } }));
    }

    [Test]
    public void GetBlockMentions_InAnUncommittedSession_SeesTheSessionsRowsWhileReadersDoNot()
    {
        using var store = CreateStore();
        using var session = store.BeginWrite();
        var written = WriteZhangBlock(session);

        var seen = session.GetBlockMentions(ZhangW);

        Assert.That(seen.Select(m => (m.Work, m.Position, m.RawName)), Is.EqualTo(new[]
        {
            (written.First, 0, "Wei Zhang"), (written.First, 2, "W. Zhang"), (written.Second, 1, "Wen Zhang"),
        }));
        Assert.That(seen[0].Coauthors, Is.EqualTo(new[] { "Na Li", "W. Zhang" }));
        Assert.That(seen[0].SourceAuthorId, Is.EqualTo("A5023888391"));
        Assert.That(store.GetBlockMentions(ZhangW), Is.Empty, "readers see committed rows only");
    }

    [Test]
    public void GetBlockMentions_WorkRewrittenInTheSessionAfterARead_SeesOnlyTheNewRowsAndCommits()
    {
        // A session that read a block keeps writing: what it wrote before the read is replaced, not duplicated.
        using var store = CreateStore();
        WorkId first, second;
        PersonId wei;
        using (var session = store.BeginWrite())
        {
            (first, second, wei, _) = WriteZhangBlock(session);
            Assert.That(session.GetBlockMentions(ZhangW), Has.Count.EqualTo(3));

            var rewritten = session.UpsertWork(Paper("1", "Deep speech recognition, revised", 2020) with { Concepts = [new("speech", 0.25f, true)] }, "h1b");
            session.ReplaceAuthorships(rewritten.Id, [new AuthorshipRow(0, wei, "Wei Zhang", AuthorRole.Author) { BlockKey = ZhangW }]);
            var inSession = session.GetBlockMentions(ZhangW);

            Assert.That(rewritten.Id, Is.EqualTo(first));
            Assert.That(inSession.Select(m => (m.Work, m.Position, m.Title, m.Year)), Is.EqualTo(new[]
            {
                (first, 0, (string?)"Deep speech recognition, revised", (int?)2020), (second, 1, "Speaker identification", 2021),
            }));
            Assert.That(inSession[0].Coauthors, Is.Empty);
            Assert.That(session.GetAuthorshipPersons(first), Is.EqualTo(new Dictionary<int, PersonId> { [0] = wei }));
            session.Commit();
        }

        Assert.That(store.GetBlockMentions(ZhangW).Select(m => (m.Work, m.Position)), Is.EqualTo(new[] { (first, 0), (second, 1) }));
        Assert.That(store.GetBlockMentions("li|n").Select(m => (m.Work, m.Position)), Is.EqualTo(new[] { (second, 0) }));
        var counts = store.Count();
        Assert.That((counts.Works, counts.Authorships, counts.Identifiers), Is.EqualTo((2L, 3L, 2L)));
    }

    [Test]
    public void GetBlockMentions_WorkReingestedWithOtherAuthors_LeavesNoStaleMentionInTheBlock()
    {
        using var store = CreateStore();
        WorkId first;
        PersonId wei;
        using (var session = store.BeginWrite())
        {
            (first, _, wei, _) = WriteZhangBlock(session);
            session.Commit();
        }

        using (var session = store.BeginWrite())
        {
            var updated = session.UpsertWork(Paper("1", "Deep speech recognition", 2019), "h1-new");
            session.ReplaceAuthorships(updated.Id, [
                new AuthorshipRow(0, wei, "Wei Zhang", AuthorRole.Author) { BlockKey = ZhangW },
                new AuthorshipRow(1, wei, "Wang Fang", AuthorRole.Author) { BlockKey = "wang|f" },
            ]);
            session.Commit();
        }

        var mentions = store.GetBlockMentions(ZhangW);

        Assert.That(mentions.Where(m => m.Work == first).Select(m => (m.Position, m.RawName)), Is.EqualTo(new[] { (0, "Wei Zhang") }));
        Assert.That(mentions.Single(m => m.Work == first).Coauthors, Is.EqualTo(new[] { "Wang Fang" }));
        Assert.That(mentions.Single(m => m.Work == first).Affiliation, Is.Null, "the old row's fields are gone with it");
        Assert.That(store.GetBlocks(), Is.EqualTo(new[] { ("li|n", 1), ("wang|f", 1), (ZhangW, 2) }));
    }

    [Test]
    public void GetBlocks_KeysOfSeveralBlocks_CountsEachInOrdinalOrderWithoutUnkeyedMentions()
    {
        using var store = CreateStore();
        var person = CommitPersons(store, "Ann Lee")[0];
        using (var session = store.BeginWrite())
        {
            var work = session.UpsertWork(Paper("1", "T", 2020), "h").Id;
            session.ReplaceAuthorships(work, [
                new AuthorshipRow(0, person, "Na Li", AuthorRole.Author) { BlockKey = "li|n" },
                new AuthorshipRow(1, person, "Jun Lin", AuthorRole.Author) { BlockKey = "lin|j" },
                new AuthorshipRow(2, person, "N. Li", AuthorRole.Author) { BlockKey = "li|n" },
                new AuthorshipRow(3, person, "???", AuthorRole.Author) { BlockKey = "" },
                new AuthorshipRow(4, person, "Not keyed", AuthorRole.Author),
            ]);
            session.Commit();
        }

        // Ordinal: 'n' (U+006E) sorts before '|' (U+007C), so lin|j comes before li|n whatever the database's collation.
        Assert.That(store.GetBlocks(), Is.EqualTo(new[] { ("lin|j", 1), ("li|n", 2) }));
    }

    [Test]
    public void SetBlockKeys_MentionsWithoutBlock_AreKeyedInChunksUntilNoneIsLeft()
    {
        using var store = CreateStore();
        var person = CommitPersons(store, "Ann Lee")[0];
        WorkId first, second;
        using (var session = store.BeginWrite())
        {
            first = session.UpsertWork(Paper("1", "T1", 2020), "h1").Id;
            second = session.UpsertWork(Paper("2", "T2", 2021), "h2").Id;
            session.ReplaceAuthorships(second, [new AuthorshipRow(0, person, "Zhang Wei", AuthorRole.Author)]);
            session.ReplaceAuthorships(first, [
                new AuthorshipRow(1, person, "W. Zhang", AuthorRole.Author),
                new AuthorshipRow(0, person, "Ann Lee", AuthorRole.Author) { BlockKey = "lee|a" },
                new AuthorshipRow(2, person, "???", AuthorRole.Author),
            ]);
            session.Commit();
        }

        var chunk = store.GetMentionsWithoutBlock(2);
        Assert.That(chunk, Is.EqualTo(new[] { new MentionName(first, 1, "W. Zhang"), new MentionName(first, 2, "???") }));
        store.SetBlockKeys([(first, 1, ZhangW), (first, 2, "")]);

        chunk = store.GetMentionsWithoutBlock(2);
        Assert.That(chunk, Is.EqualTo(new[] { new MentionName(second, 0, "Zhang Wei") }));
        store.SetBlockKeys([(second, 0, ZhangW)]);

        Assert.That(store.GetMentionsWithoutBlock(2), Is.Empty);
        Assert.That(store.GetBlockMentions(ZhangW).Select(m => (m.Work, m.Position)), Is.EqualTo(new[] { (first, 1), (second, 0) }));
        Assert.That(store.GetBlocks(), Is.EqualTo(new[] { ("lee|a", 1), (ZhangW, 2) }));
    }

    [Test]
    public void SetBlockKeys_MoreKeysThanOneStatementTakes_WritesThemAll()
    {
        using var store = CreateStore();
        var person = CommitPersons(store, "Ann Lee")[0];
        WorkId work;
        using (var session = store.BeginWrite())
        {
            work = session.UpsertWork(Paper("1", "Large team", 2020), "h").Id;
            session.ReplaceAuthorships(work, [.. Enumerable.Range(0, 450).Select(i => new AuthorshipRow(i, person, "Author " + i.ToString(CultureInfo.InvariantCulture), AuthorRole.Author))]);
            session.Commit();
        }

        store.SetBlockKeys([.. Enumerable.Range(0, 450).Select(i => (work, i, i % 2 == 0 ? "even|e" : "odd|o"))]);

        Assert.That(store.GetMentionsWithoutBlock(10), Is.Empty);
        Assert.That(store.GetBlocks(), Is.EqualTo(new[] { ("even|e", 225), ("odd|o", 225) }));
        var odd = store.GetBlockMentions("odd|o");
        Assert.That(odd[0].RawName, Is.EqualTo("Author 1"));
        Assert.That(odd[0].Coauthors, Has.Count.EqualTo(449));
        Assert.That(odd[0].Coauthors.Take(2), Is.EqualTo(new[] { "Author 0", "Author 2" }));
    }

    [Test]
    public void Open_StoreOfSchemaVersion6_MigratesToVersion7WithMentionsWithoutBlock()
    {
        var dialect = kind == StoreKind.Sqlite ? SqlDialect.Sqlite : SqlDialect.Postgres;
        using (var connection = _location!.OpenConnection())
        using (var command = connection.CreateCommand())
        {
            command.CommandText = string.Concat(StoreSchema.Migrations.Where(m => m.Version <= 6).Select(m => dialect.Prelude(m.Template) + dialect.Render(m.Template) + ";\n")) + """
                CREATE TABLE schema_info (version BIGINT NOT NULL);
                INSERT INTO schema_info VALUES (6);
                INSERT INTO works (id, source, source_id, kind, title, content_hash) VALUES (41, 'test', '1', 1, 'T', 'h');
                INSERT INTO authorships (work_id, position, person_id, raw_name, role) VALUES (41, 0, 7, 'Wei Zhang', 1);
                """;
            command.ExecuteNonQuery();
        }

        using var store = CreateStore();

        Assert.That(store.GetMentionsWithoutBlock(10), Is.EqualTo(new[] { new MentionName(new WorkId(41), 0, "Wei Zhang") }));
        Assert.That(store.GetBlocks(), Is.Empty);
        using var check = _location.OpenConnection();
        using var version = check.CreateCommand();
        version.CommandText = "SELECT version FROM schema_info";
        Assert.That(Convert.ToInt64(version.ExecuteScalar(), CultureInfo.InvariantCulture), Is.EqualTo(StoreSchema.Version), "migrated through 7 to the latest");
        version.CommandText = "SELECT COUNT(*) FROM authorships WHERE block_key IS NULL AND source_author_id IS NULL";
        Assert.That(Convert.ToInt64(version.ExecuteScalar(), CultureInfo.InvariantCulture), Is.EqualTo(1));
    }
}
