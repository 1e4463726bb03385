using System.Text.RegularExpressions;

namespace ExpertGraph.Ingestion.Ris;

/// <summary>
/// The shape of a RIS line: a tag of two characters (a capital letter, then a capital or digit), two spaces, a hyphen,
/// a space and the value ("TY  - JOUR", "ER  - "). Writers differ in the spaces ("TY - JOUR", "ER  -"), so one or two
/// spaces and a missing space after the hyphen are read too.
/// </summary>
internal static partial class RisLine
{
    public static bool TryParse(string line, out RisField field)
    {
        var match = TagLine().Match(line);
        field = match.Success ? new RisField(match.Groups["tag"].Value, match.Groups["value"].Value.Trim()) : default;
        return match.Success;
    }

    /// <summary>A RIS reference type: "JOUR", "CONF", "CPAPER", "BOOK", "CHAP", "THES", "PAT", "GEN", …</summary>
    public static bool IsReferenceType(string value) => ReferenceType().IsMatch(value);

    [GeneratedRegex(@"^(?<tag>[A-Z][A-Z0-9]) {1,2}- ?(?<value>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex TagLine();

    [GeneratedRegex(@"^[A-Z]{3,8}$", RegexOptions.CultureInvariant)]
    private static partial Regex ReferenceType();
}
