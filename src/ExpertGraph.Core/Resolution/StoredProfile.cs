using ExpertGraph.Core.Model;

namespace ExpertGraph.Core.Resolution;

/// <summary>A stored mention of a name block with the profile the resolver stored for it (null: none stored).</summary>
public sealed record StoredProfile(WorkId Work, int Position, PersonId Person, string RawName, byte[]? Profile);
