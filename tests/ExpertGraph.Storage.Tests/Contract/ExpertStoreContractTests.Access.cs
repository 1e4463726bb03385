using ExpertGraph.Core.Storage;

namespace ExpertGraph.Storage.Tests.Contract;

public sealed partial class ExpertStoreContractTests
{
    private static readonly DateTimeOffset KeyCreatedAt = new(2026, 12, 1, 9, 30, 0, TimeSpan.Zero);

    [Test]
    public void AddApiKey_ThenFindByHash_ReadBackWholeAndListedById()
    {
        using var store = CreateStore();

        var first = store.AddApiKey(new NewApiKey("alice", "scout", "eg_abcd1234", "hash-a", KeyCreatedAt));
        var second = store.AddApiKey(new NewApiKey("bob", "admin", "eg_efgh5678", "hash-b", KeyCreatedAt.AddHours(1)));

        Assert.That(second, Is.GreaterThan(first));
        Assert.That(store.FindApiKey("hash-b"), Is.EqualTo(new StoredApiKey(second, "bob", "admin", "eg_efgh5678", "hash-b", KeyCreatedAt.AddHours(1), null)));
        Assert.That(store.FindApiKey("no-such-hash"), Is.Null);
        Assert.That(store.GetApiKeys().Select(k => k.Name), Is.EqualTo(new[] { "alice", "bob" }));
    }

    [Test]
    public void RevokeApiKey_Twice_FirstRevokesSecondReportsNothingToDo()
    {
        using var store = CreateStore();
        var id = store.AddApiKey(new NewApiKey("alice", "scout", "eg_abcd1234", "hash-a", KeyCreatedAt));

        var first = store.RevokeApiKey(id, KeyCreatedAt.AddDays(2));
        var second = store.RevokeApiKey(id, KeyCreatedAt.AddDays(3));

        Assert.That((first, second, store.RevokeApiKey(id + 100, KeyCreatedAt)), Is.EqualTo((true, false, false)));
        Assert.That(store.FindApiKey("hash-a")!.RevokedAt, Is.EqualTo(KeyCreatedAt.AddDays(2)), "the first revocation's time stays");
    }

    [Test]
    public void AppendAudit_RowsOfTwoKeys_ReadNewestFirstFilteredByKeyAndAction()
    {
        using var store = CreateStore();
        var rows = new[]
        {
            new AuditEntry(KeyCreatedAt, 1, "alice", "scout", "search", "biodiversity finance", 10),
            new AuditEntry(KeyCreatedAt.AddMinutes(1), 2, "bob", "admin", "curation.merge", "P3 ← P4, P5", 1),
            new AuditEntry(KeyCreatedAt.AddMinutes(2), 1, "alice", "scout", "person.profile", "P3", 1),
        };
        var ids = rows.Select(store.AppendAudit).ToList();

        var all = store.GetAudit(new AuditQuery(10));
        var alice = store.GetAudit(new AuditQuery(10) { KeyId = 1 });
        var merges = store.GetAudit(new AuditQuery(10) { Action = "curation.merge" });

        Assert.That(all.Select(r => r.Id), Is.EqualTo(ids.AsEnumerable().Reverse()));
        Assert.That(all[0], Is.EqualTo(rows[2] with { Id = ids[2] }));
        Assert.That(alice.Select(r => r.Action), Is.EqualTo(new[] { "person.profile", "search" }));
        Assert.That(merges.Single().Target, Is.EqualTo("P3 ← P4, P5"));
        Assert.That(store.GetAudit(new AuditQuery(1)).Single().Id, Is.EqualTo(ids[2]));
    }
}
