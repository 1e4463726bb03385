using ExpertGraph.Core.Model;

namespace ExpertGraph.Core.Storage;

/// <summary>One work of a person as a profile lists it: what it is, when, where it appeared and how often it is cited (null: the source gives no count).</summary>
public sealed record PersonWork(WorkId Id, SourceKey Key, WorkKind Kind, string Title, int? Year, string? Venue, int? Citations);
