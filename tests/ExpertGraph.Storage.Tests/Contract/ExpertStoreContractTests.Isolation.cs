using ExpertGraph.Core.Model;
using ExpertGraph.Core.Storage;

namespace ExpertGraph.Storage.Tests.Contract;

public sealed partial class ExpertStoreContractTests
{
    [Test]
    public void Count_WhileASessionIsOpen_SeesOnlyCommittedRows()
    {
        using var store = CreateStore();
        using (var session = store.BeginWrite())
        {
            session.UpsertWork(Paper("a", "Open batch", 2020), "h1");
            Assert.That(store.Count().Works, Is.Zero);
            session.Commit();
        }

        Assert.That(store.Count().Works, Is.EqualTo(1));
    }

    [Test]
    public void BeginWrite_TwoStoresOnOneDatabase_SecondWriterWaitsAndSeesTheFirstWritersKeys()
    {
        // Two processes' worth of stores on one database: writers are serialized, so a resolver never decides on stale keys.
        using var first = CreateStore();
        using var second = CreateStore();
        PersonId? seenBySecond = null;
        using var firstHoldsLock = new ManualResetEventSlim();
        Task secondWriter;
        using (var session = first.BeginWrite())
        {
            AddPerson(session, "Ann Lee", "orcid:0000-0001");
            secondWriter = Task.Run(() =>
            {
                firstHoldsLock.Set();
                using var other = second.BeginWrite();
                seenBySecond = other.FindPersonByKey("orcid:0000-0001");
                if (seenBySecond is null) AddPerson(other, "Ann Lee", "orcid:0000-0001");
                other.Commit();
            });
            firstHoldsLock.Wait();
            Thread.Sleep(200); // gives the second writer time to reach BeginWrite; it must still see the committed key
            session.Commit();
        }

        secondWriter.Wait();
        Assert.That(seenBySecond, Is.Not.Null);
        Assert.That(first.Count().Persons, Is.EqualTo(1));
    }

    [Test]
    public void Open_StoreOfANewerSchemaVersion_IsRefusedWithTheVersion()
    {
        using (CreateStore())
        {
        }

        _location!.Execute("UPDATE schema_info SET version = 99");

        var error = Assert.Throws<StoreException>(() => CreateStore().Dispose());
        Assert.That(error!.Message, Does.Contain("schema version 99").And.Contain("newer"));
    }
}
