using ExpertGraph.Core.Model;
using ExpertGraph.Ingestion.Papers;

namespace ExpertGraph.Ingestion.Medline;

/// <summary>
/// A grant that funded a paper, as a classification: ("Grant", grant number, agency), or ("Funder", agency) when the
/// source names only the agency. A shared grant number is evidence that two papers come from one group.
/// </summary>
internal static class GrantCode
{
    public const string GrantScheme = "Grant";
    public const string FunderScheme = "Funder";

    public static ClassificationCode? Of(string? grantId, string? agency)
    {
        grantId = PaperText.CollapseWhitespace(grantId);
        agency = PaperText.CollapseWhitespace(agency);
        if (grantId is not null) return new ClassificationCode(GrantScheme, grantId, agency);
        return agency is null ? null : new ClassificationCode(FunderScheme, agency);
    }
}
