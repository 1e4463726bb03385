namespace ExpertGraph.Core.Resolution;

/// <summary>
/// How sure resolution is that a person's mentions are one person, and what a curator should look at.
/// </summary>
/// <param name="Confidence">In [0, 1]: 1 when nothing speaks against the person being one.</param>
/// <param name="Flags">Short texts naming a doubt, e.g. "works-per-year 2019: 91" or "disjoint-groups: 3"; empty when none.</param>
public sealed record PersonResolution(double Confidence, IReadOnlyList<string> Flags);
