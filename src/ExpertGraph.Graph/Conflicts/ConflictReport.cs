namespace ExpertGraph.Graph.Conflicts;

/// <summary>Every pair's answer under one policy at one reference date, and what was checked.</summary>
public sealed record ConflictReport(ConflictPolicy Policy, DateOnly ReferenceDate, IReadOnlyList<ConflictPair> Pairs)
{
    public IEnumerable<ConflictFlag> WaivedFlags => Pairs.SelectMany(p => p.Flags).Where(f => f.WaivedBy is not null);

    /// <summary>"coauthor < 48 months, same-institution < 12 months, advisor (for life), …": what a clear answer was checked against.</summary>
    public string CheckedRelations => string.Join(", ", Policy.Rules.Select(r =>
        ConflictRelationNames.Of(r.Relation) + (r.WindowMonths is { } m ? $" < {m} months" : " (for life)") + (r.Severity == ConflictSeverity.Warning ? " (warning)" : "")));
}
