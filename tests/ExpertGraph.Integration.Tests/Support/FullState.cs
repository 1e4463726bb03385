namespace ExpertGraph.Integration.Tests.Support;

/// <summary>
/// Everything a run leaves behind, id-independent: every store table and every document of both indexes, keyed by
/// source keys, canonical person keys and institution name keys (row ids differ between runs, legitimately: PostgreSQL
/// sequences leave gaps). Two runs that should end alike are compared with <see cref="SameFullStateConstraint"/>.
/// </summary>
internal sealed class FullState(IReadOnlyList<StateSection> sections)
{
    public IReadOnlyList<StateSection> Sections { get; } = sections;

    public StateSection this[string name] => Sections.Single(s => string.Equals(s.Name, name, StringComparison.Ordinal));

    public static FullState Take(TestStore store)
    {
        ArgumentNullException.ThrowIfNull(store);
        using var connection = store.OpenConnection();
        var (tables, ids) = StoreStateReader.Read(connection);
        return new FullState([.. tables, .. IndexStateReader.Read(store.IndexFolder, ids)]);
    }

    public override string ToString() => string.Join(", ", Sections);
}
