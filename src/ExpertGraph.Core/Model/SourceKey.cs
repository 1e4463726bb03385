namespace ExpertGraph.Core.Model;

/// <summary>
/// The key a source gives a record, such as ("openalex", "W4235089722") or ("uspto", "US07057742").
/// Upserts are keyed by it: ingesting the same record twice changes nothing.
/// </summary>
public readonly record struct SourceKey(string Source, string Id)
{
    public override string ToString() => $"{Source}:{Id}";
}
