using ExpertGraph.Core.Model;

namespace ExpertGraph.Core.Storage;

/// <summary>
/// A work as the store holds it, with what its index document needs: the work (its row and its authorships as
/// mentions; identifiers are not read back), its distinct persons in authorship order and its affiliation countries.
/// </summary>
public sealed record StoredWork(WorkId Id, Work Work, IReadOnlyList<PersonId> Persons, IReadOnlyList<string> CountryCodes);
