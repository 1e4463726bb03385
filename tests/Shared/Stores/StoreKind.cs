namespace ExpertGraph.Tests.Shared.Stores;

/// <summary>The store a fixture runs against: every storage contract runs unchanged on both.</summary>
public enum StoreKind
{
    Sqlite,
    Postgres,
}
