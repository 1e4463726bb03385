namespace ExpertGraph.Core.Resolution;

/// <summary>
/// How sure resolution is that a person's mentions are one person, and what a curator should look at.
/// </summary>
/// <param name="Confidence">In [0, 1]: 1 when nothing speaks against the person being one.</param>
/// <param name="Flags">Short texts naming a doubt, e.g. "works-per-year 2019: 91" or "disjoint-groups: 3"; empty when none.</param>
public sealed record PersonResolution(double Confidence, IReadOnlyList<string> Flags)
{
    /// <summary>
    /// False when only ingest has weighed the person (<see cref="ConfidenceEvidence"/>): its confidence is known, but it
    /// was not yet inspected for conflation signs (a batch re-resolution does that), so <see cref="Flags"/> is empty
    /// without meaning "nothing found".
    /// </summary>
    public bool Inspected { get; init; } = true;
}
