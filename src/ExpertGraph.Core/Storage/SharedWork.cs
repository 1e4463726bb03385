using ExpertGraph.Core.Model;

namespace ExpertGraph.Core.Storage;

/// <summary>A work both persons are authors (inventors, investigators) of: the evidence of a tie.</summary>
public sealed record SharedWork(PersonId Left, PersonId Right, WorkId Work, WorkKind Kind, string Title, int? Year, int AuthorCount);
