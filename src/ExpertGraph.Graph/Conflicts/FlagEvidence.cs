namespace ExpertGraph.Graph.Conflicts;

/// <summary>
/// One piece of evidence of a flag: a work (reference, title, date), an affiliation (institution, dated span, whose),
/// a declared relation (kind, dates, note) or a co-author in common.
/// </summary>
public sealed record FlagEvidence(string Kind, string Reference, string Subject, string When)
{
    public override string ToString() => $"{Kind} {Reference} \"{Subject}\" {When}";
}
