namespace ExpertGraph.Core.Model;

public enum AuthorRole
{
    Author = 1,
    Editor,
    Inventor,
    PrincipalInvestigator,
    CoInvestigator,
    /// <summary>A thesis's advisor (supervisor).</summary>
    Advisor,
    /// <summary>A member of a thesis's examining committee.</summary>
    CommitteeMember,
}
