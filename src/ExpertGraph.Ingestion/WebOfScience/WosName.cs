using System.Text.RegularExpressions;
using ExpertGraph.Core.Names;
using ExpertGraph.Ingestion.Normalization;

namespace ExpertGraph.Ingestion.WebOfScience;

/// <summary>
/// A personal name of a Web of Science record ("Family, Given" in AF, RI, OI and C1; "Family, GI" in AU and RP) as folded
/// word tokens for matching: lower case, diacritics stripped, split at spaces, hyphens, apostrophes and dots.
/// </summary>
internal sealed partial record WosName(IReadOnlyList<string> Family, IReadOnlyList<string> Given)
{
    public static WosName Of(string name)
    {
        var comma = name.IndexOf(',', StringComparison.Ordinal);
        if (comma >= 0) return new WosName(Tokens(name[..comma]), Tokens(name[(comma + 1)..]));
        // "Phuc Nguyen": an AF entry without a comma is in display order.
        return PersonNameParser.TryParse(name, out var parsed)
            ? new WosName(Tokens(parsed.Family), Tokens(parsed.Given))
            : new WosName([], []);
    }

    /// <summary>The family and given names joined without separators: "Ferrero-López, Alberto" → "ferrerolopez", "alberto".</summary>
    public string FamilyText => string.Concat(Family);

    public string GivenText => string.Concat(Given);

    public string GivenInitials => string.Concat(Given.Select(token => token[0]));

    public bool SameAs(WosName other) => Family.SequenceEqual(other.Family) && Given.SequenceEqual(other.Given);

    /// <summary>
    /// Whether two spellings can be one person's, short of equality: the same family name with given names that agree
    /// on the first word or as initials ("Nunez, Rafael E." and "Nunez, R"), or the one name's words all among the
    /// other's, sharing family and given words ("Motto Ros, Paolo" and "Ros, Paolo Motto"; "Hernandez, Angela" and
    /// "Hernández Solana, María Ángela").
    /// </summary>
    public bool Compatible(WosName other)
    {
        if (Family.Count > 0 && Family.SequenceEqual(other.Family) && GivenCompatible(Given, other.Given)) return true;
        var mine = Family.Concat(Given).Where(token => token.Length > 1).ToHashSet(StringComparer.Ordinal);
        var theirs = other.Family.Concat(other.Given).Where(token => token.Length > 1).ToHashSet(StringComparer.Ordinal);
        if (mine.Count < 2 || theirs.Count < 2 || !(mine.IsSubsetOf(theirs) || theirs.IsSubsetOf(mine))) return false;
        var shared = mine.Intersect(theirs).ToList();
        return shared.Exists(other.Family.Contains) && shared.Exists(other.Given.Contains)
            && shared.Exists(Family.Contains) && shared.Exists(Given.Contains);
    }

    private static bool GivenCompatible(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        if (a.Count == 0 || b.Count == 0) return false;
        if (a[0] == b[0]) return true;
        var initialsA = string.Concat(a.Select(token => token[0]));
        var initialsB = string.Concat(b.Select(token => token[0]));
        return (a.All(token => token.Length == 1) && initialsB.StartsWith(initialsA, StringComparison.Ordinal))
            || (b.All(token => token.Length == 1) && initialsA.StartsWith(initialsB, StringComparison.Ordinal));
    }

    /// <summary>
    /// Folded word tokens (<see cref="PlaceNameText"/>: lower case, no diacritics), dots and apostrophes ending a word:
    /// "Ferrero-López" → ["ferrero", "lopez"]; "S.Z." and "S. Z." → ["s", "z"]; "D'Amico" and "D Amico" → ["d", "amico"].
    /// </summary>
    public static IReadOnlyList<string> Tokens(string text) =>
        [.. PlaceNameText.Tokens(WordEnds().Replace(text, " ")).Where(token => token.All(char.IsLetter))];

    [GeneratedRegex(@"[.'’]")]
    private static partial Regex WordEnds();
}
