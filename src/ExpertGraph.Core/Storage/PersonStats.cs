using ExpertGraph.Core.Model;

namespace ExpertGraph.Core.Storage;

/// <summary>
/// A person's statistics as of the last rebuild of the derived tables: works of each kind (each work once, however
/// many of its mentions are the person's), citations summed over them, the h-index within the corpus, and the years of
/// the first and last work (null when no work has a year).
/// </summary>
public sealed record PersonStats(PersonId Person, int Works, int Papers, int Patents, int Projects, long Citations, int HIndex, int? FirstYear, int? LastYear);
