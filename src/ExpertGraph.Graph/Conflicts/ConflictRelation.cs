namespace ExpertGraph.Graph.Conflicts;

/// <summary>A kind of tie between an applicant and a reviewer that a conflict policy can rule on.</summary>
public enum ConflictRelation
{
    /// <summary>One person under two ids or name variants.</summary>
    SamePerson,
    /// <summary>Authors of the same paper.</summary>
    Coauthor,
    /// <summary>Inventors on the same patent.</summary>
    Coinventor,
    /// <summary>Investigators on the same funded project.</summary>
    Coinvestigator,
    /// <summary>At the same organization (institution aliases applied).</summary>
    SameInstitution,
    /// <summary>Advisor and advisee, as a curator declared it.</summary>
    Advisor,
    /// <summary>Any other relation a curator declared (family, business partner, …).</summary>
    Declared,
    /// <summary>A co-author in common: a warning, not a conflict, in the presets.</summary>
    SecondDegree,
}
