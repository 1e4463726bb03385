namespace ExpertGraph.Graph.Conflicts;

/// <summary>The names relations have in policy files, curator files and output: lower-case, stable.</summary>
public static class ConflictRelationNames
{
    private static readonly (ConflictRelation Relation, string Name)[] Names =
    [
        (ConflictRelation.SamePerson, "same-person"),
        (ConflictRelation.Coauthor, "coauthor"),
        (ConflictRelation.Coinventor, "coinventor"),
        (ConflictRelation.Coinvestigator, "coinvestigator"),
        (ConflictRelation.SameInstitution, "same-institution"),
        (ConflictRelation.Advisor, "advisor"),
        (ConflictRelation.Declared, "declared"),
        (ConflictRelation.SecondDegree, "second-degree"),
    ];

    public static IEnumerable<string> All => Names.Select(n => n.Name);

    public static string Of(ConflictRelation relation) => Names.First(n => n.Relation == relation).Name;

    /// <summary>Reads a relation name; "advisee" is the same relation as "advisor", "colleague" as "same-institution".</summary>
    public static bool TryParse(string? text, out ConflictRelation relation)
    {
        var name = text?.Trim().ToLowerInvariant().Replace('_', '-');
        name = name switch { "advisee" => "advisor", "colleague" => "same-institution", "co-author" => "coauthor", "co-inventor" => "coinventor", "co-investigator" => "coinvestigator", _ => name };
        foreach (var (r, n) in Names)
        {
            if (string.Equals(n, name, StringComparison.Ordinal))
            {
                relation = r;
                return true;
            }
        }

        relation = default;
        return false;
    }
}
