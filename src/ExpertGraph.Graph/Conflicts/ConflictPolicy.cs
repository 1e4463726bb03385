namespace ExpertGraph.Graph.Conflicts;

/// <summary>
/// Which relations conflict, how far back, and which works are exempt: data, not code. Presets <see cref="Nsf"/> and
/// <see cref="Nih"/>; custom policies come from JSON files of the same shape (<see cref="ConflictPolicyReader"/>).
/// A relation without a rule is not checked.
/// </summary>
public sealed record ConflictPolicy(string Name, IReadOnlyList<RelationRule> Rules, int ConsortiumAuthorLimit = ConflictPolicy.DefaultConsortiumAuthorLimit)
{
    /// <summary>Works with more authors than this make no co-authors (consortium papers).</summary>
    public const int DefaultConsortiumAuthorLimit = 25;

    /// <summary>
    /// NSF (PAPPG, Collaborators and Other Affiliations): co-authors, co-inventors and collaborators within 48 months,
    /// same institution within 12 months, advisor and advisee for life; a shared co-author within 48 months warns.
    /// </summary>
    public static ConflictPolicy Nsf { get; } = new("nsf",
    [
        new(ConflictRelation.SamePerson, ConflictSeverity.Conflict, null),
        new(ConflictRelation.Coauthor, ConflictSeverity.Conflict, 48),
        new(ConflictRelation.Coinventor, ConflictSeverity.Conflict, 48),
        new(ConflictRelation.Coinvestigator, ConflictSeverity.Conflict, 48),
        new(ConflictRelation.SameInstitution, ConflictSeverity.Conflict, 12),
        new(ConflictRelation.Advisor, ConflictSeverity.Conflict, null),
        new(ConflictRelation.Declared, ConflictSeverity.Conflict, null),
        new(ConflictRelation.SecondDegree, ConflictSeverity.Warning, 48),
    ]);

    /// <summary>
    /// NIH (peer review conflict rules): collaborators (co-authors, co-inventors, co-investigators) and the same
    /// institution within 3 years (36 months), advisor and advisee for life; a shared co-author within 36 months warns.
    /// </summary>
    public static ConflictPolicy Nih { get; } = new("nih",
    [
        new(ConflictRelation.SamePerson, ConflictSeverity.Conflict, null),
        new(ConflictRelation.Coauthor, ConflictSeverity.Conflict, 36),
        new(ConflictRelation.Coinventor, ConflictSeverity.Conflict, 36),
        new(ConflictRelation.Coinvestigator, ConflictSeverity.Conflict, 36),
        new(ConflictRelation.SameInstitution, ConflictSeverity.Conflict, 36),
        new(ConflictRelation.Advisor, ConflictSeverity.Conflict, null),
        new(ConflictRelation.Declared, ConflictSeverity.Conflict, null),
        new(ConflictRelation.SecondDegree, ConflictSeverity.Warning, 36),
    ]);

    public RelationRule? RuleFor(ConflictRelation relation)
    {
        foreach (var rule in Rules)
        {
            if (rule.Relation == relation) return rule;
        }

        return null;
    }

    /// <summary>"nsf" and "nih" by name, anything else as a policy JSON file.</summary>
    public static ConflictPolicy Resolve(string? nameOrPath) => nameOrPath?.Trim().ToLowerInvariant() switch
    {
        null or "" or "nsf" => Nsf,
        "nih" => Nih,
        _ => ConflictPolicyReader.Read(nameOrPath!),
    };
}
