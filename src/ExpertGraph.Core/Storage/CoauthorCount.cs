using ExpertGraph.Core.Model;

namespace ExpertGraph.Core.Storage;

/// <summary>
/// How many works of a kind two persons share from a year on (works of at most a given number of authors), and the
/// year of the latest: a tie counted, without the works (<see cref="IExpertStore.GetCoauthorCounts"/>).
/// </summary>
public sealed record CoauthorCount(PersonId Left, PersonId Right, WorkKind Kind, int WorkCount, int? LastYear);
