using ExpertGraph.Core.Storage;

namespace ExpertGraph.Ingestion.ProfilePages;

/// <summary>
/// One saved page's result: stored (inserted, updated, unchanged) with the person it matched, or rejected with the reason
/// (not a profile, unreadable). <see cref="Outcome"/> is null for a rejected page.
/// </summary>
public sealed record ProfilePageReport(string Path, UpsertOutcome? Outcome, string? Name, ProfilePageMatch? Match, string? Error = null);
