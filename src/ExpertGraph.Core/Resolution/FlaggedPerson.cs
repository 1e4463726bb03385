using ExpertGraph.Core.Model;

namespace ExpertGraph.Core.Resolution;

/// <summary>A person whose resolution raised at least one flag: what a curator's work list shows.</summary>
/// <param name="Works">The person's authorships (mentions) in the store.</param>
public sealed record FlaggedPerson(PersonId Person, string DisplayName, double Confidence, IReadOnlyList<string> Flags, int Works);
