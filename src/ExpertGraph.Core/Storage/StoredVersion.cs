using ExpertGraph.Core.Model;

namespace ExpertGraph.Core.Storage;

/// <summary>Which version of a work the store holds: its id and the content hash of that version.</summary>
public readonly record struct StoredVersion(WorkId Id, string ContentHash);
