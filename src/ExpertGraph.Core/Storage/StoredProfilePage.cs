using ExpertGraph.Core.Model;

namespace ExpertGraph.Core.Storage;

/// <summary>A profile page as stored: what it states, when it was read, and the person it was matched to (if any).</summary>
public sealed record StoredProfilePage(ProfilePage Page, string ContentHash, DateTimeOffset ReadAt, ProfilePageMatch Match);
