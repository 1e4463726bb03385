namespace ExpertGraph.Graph.Conflicts;

/// <summary>One rule of a policy: a relation, how severe it is, and how far back it counts (null months = for life).</summary>
public sealed record RelationRule(ConflictRelation Relation, ConflictSeverity Severity, int? WindowMonths)
{
    /// <summary>The name a flag cites, e.g. "nsf.coauthor".</summary>
    public string Name(string policy) => policy + "." + ConflictRelationNames.Of(Relation);
}
