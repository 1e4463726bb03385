using ExpertGraph.Core.Model;

namespace ExpertGraph.Core.Storage;

/// <summary>
/// A person who shares works with another: how many, and the years of the first and last (null when none of them has
/// a year).
/// </summary>
public sealed record Coauthor(PersonId Person, string DisplayName, int SharedWorks, int? FirstYear, int? LastYear);
