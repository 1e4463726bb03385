using ExpertGraph.Core.Model;

namespace ExpertGraph.Core.Storage;

/// <summary>A person on a shortlist: the place in the list (1-based, in the order added), the analyst's note, when added.</summary>
public sealed record ShortlistEntry(PersonId Person, int Position, string? Note, DateTimeOffset AddedAt);
