namespace ExpertGraph.Resolution.Gold;

/// <summary>
/// Finds which author of a list is the name a gold set is about, tolerant of case, spaces, hyphens, dots, diacritics,
/// DBLP homonym numbers ("Yi Tao 0002") and initials ("J. Gray" for "Jim Gray", "Michael R. Smith" for "Michael Smith").
/// </summary>
internal static class AuthorNameMatch
{
    private static readonly char[] Separators = [' ', '\t', '.', '-', '_', '\u2010', '\u2011'];

    /// <summary>
    /// Index of the author that is <paramref name="name"/>, or -1. A spelling equal up to case, spaces, hyphens and dots
    /// wins over an initials-compatible one; among equals the first in the list is taken.
    /// </summary>
    public static int IndexOf(IReadOnlyList<string> authors, string name)
    {
        var target = Tokens(name);
        if (target.Length == 0) return -1;
        var joined = string.Concat(target);
        var compatible = -1;
        for (var i = 0; i < authors.Count; i++)
        {
            var tokens = Tokens(authors[i]);
            if (tokens.Length == 0) continue;
            if (string.Equals(string.Concat(tokens), joined, StringComparison.Ordinal)) return i;
            if (compatible < 0 && InitialsCompatible(tokens, target)) compatible = i;
        }

        return compatible;
    }

    /// <summary>Same last token, and both have a given name starting with the same letter.</summary>
    private static bool InitialsCompatible(string[] a, string[] b) =>
        a.Length > 1 && b.Length > 1
        && string.Equals(a[^1], b[^1], StringComparison.Ordinal)
        && a[0][0] == b[0][0];

    private static string[] Tokens(string name) =>
        NameFolding.Fold(name)
            .Split(Separators, StringSplitOptions.RemoveEmptyEntries)
            .Where(token => !token.All(char.IsAsciiDigit))
            .ToArray();
}
