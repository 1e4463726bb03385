using System.Globalization;
using System.Text;
using ExpertGraph.Core.Text;

namespace ExpertGraph.Core.Names;

public static partial class PersonNameParser
{
    /// <summary>
    /// An exact, culture-invariant matching key "family|given": lower-case, diacritics removed, punctuation and hyphens
    /// removed, dots taken as token breaks ("J.W." = "J. W."), tokens joined by one space. Han names keep their hanzi.
    /// </summary>
    public static string NormalizeKey(PersonName name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return KeyPart(name.Family) + "|" + KeyPart(name.Given);
    }

    private static string KeyPart(string part)
    {
        var decomposed = part.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var key = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (char.IsWhiteSpace(c) || c == '.')
            {
                if (key.Length > 0 && key[^1] != ' ') key.Append(' ');
                continue;
            }

            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            // Surrogate halves are rare Han characters (extension B and later): kept as they are.
            if (!char.IsLetterOrDigit(c) && !char.IsSurrogate(c)) continue;
            if (LatinLetters.PlainForm(c) is { } folded) key.Append(folded);
            else key.Append(c);
        }

        return key.ToString().TrimEnd();
    }
}
