namespace ExpertGraph.Integration.Tests.Support;

/// <summary>The store a fixture runs against; see <see cref="TestStores"/> for what each kind means to a test.</summary>
public enum StoreKind
{
    Sqlite,
    Postgres,
}
