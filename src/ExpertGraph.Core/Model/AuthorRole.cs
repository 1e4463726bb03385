namespace ExpertGraph.Core.Model;

public enum AuthorRole
{
    Author = 1,
    Editor,
    Inventor,
    PrincipalInvestigator,
    CoInvestigator,
}
