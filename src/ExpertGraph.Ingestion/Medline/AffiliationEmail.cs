using System.Text.RegularExpressions;
using ExpertGraph.Ingestion.Papers;

namespace ExpertGraph.Ingestion.Medline;

/// <summary>
/// PubMed appends a corresponding author's email to the affiliation text ("…, Poland. Electronic address:
/// a.b@uni.lodz.pl." or "…, USA weisssr@upenn.edu."): the address is the author's, not part of the institution.
/// </summary>
internal static partial class AffiliationEmail
{
    /// <summary>The affiliation without its email (null when nothing else is left) and the email, lower-cased, if there was one.</summary>
    public static (string? Affiliation, string? Email) Split(string? affiliation)
    {
        affiliation = PaperText.CollapseWhitespace(affiliation);
        if (affiliation is null || !affiliation.Contains('@', StringComparison.Ordinal)) return (affiliation, null);
        var match = Email().Match(affiliation);
        if (!match.Success) return (affiliation, null);
        var rest = affiliation.Remove(match.Index, match.Length).Trim(' ', ',', ';', ':');
        var email = match.Groups["email"].Value.TrimEnd('.').ToLowerInvariant();
        return (rest.Length == 0 || !rest.Any(char.IsLetter) ? null : rest, email);
    }

    [GeneratedRegex(@"(?:\s*\(?\s*\b(?:Electronic address|E-?mail(?: address)?)\s*:?)?\s*\(?(?<email>[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})\)?\.?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Email();
}
