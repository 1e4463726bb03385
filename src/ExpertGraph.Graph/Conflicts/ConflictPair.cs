using ExpertGraph.Core.Model;

namespace ExpertGraph.Graph.Conflicts;

/// <summary>The answer for one applicant and one reviewer: the verdict, every flag, and why it is unknown when it is.</summary>
public sealed record ConflictPair(PersonId Applicant, PersonId Reviewer, ConflictVerdict Verdict, IReadOnlyList<ConflictFlag> Flags, IReadOnlyList<string> UnknownBecause);
