namespace ExpertGraph.Integration.Tests.Support;

/// <summary>
/// One row of a canonical dump: a key that identifies the row across runs (never a raw id) and its values as
/// <c>name=value</c> entries, in a fixed order.
/// </summary>
internal sealed record StateRow(string Key, IReadOnlyList<string> Values)
{
    public bool SameValues(StateRow other) => Values.SequenceEqual(other.Values, StringComparer.Ordinal);

    public override string ToString() => $"[{Key}] {string.Join("  ", Values)}";
}
