using System.Globalization;
using System.Text;
using ExpertGraph.Core.Text;

namespace ExpertGraph.Ingestion.Normalization;

/// <summary>
/// Folds Latin-script place and institution text for matching: NFKC, invariant lower case, no diacritics, "&amp;" read as
/// "and", dots and apostrophes dropped ("U.S.A." = "usa", "Xi'an" = "xian"), every other non-alphanumeric run a single
/// space. Culture-invariant, so a Turkish locale does not change "INDIA".
/// </summary>
internal static class PlaceNameText
{
    public static string Fold(string text)
    {
        // Decomposed before lower-casing: Turkish İ becomes I + dot, which lower-cases to i (İ itself stays upper-case).
        var decomposed = text.Normalize(NormalizationForm.FormKC).Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var upper in decomposed)
        {
            var c = char.ToLowerInvariant(upper);
            if (c is '.' or '\'' or '’' or 'ʼ' or '‘') continue;
            if (char.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (c == '&')
            {
                AppendSpace(folded);
                folded.Append("and ");
                continue;
            }

            if (!char.IsLetterOrDigit(c)) AppendSpace(folded);
            else if (LatinLetters.PlainForm(c) is { } plain) folded.Append(plain);
            else folded.Append(c);
        }

        return folded.ToString().Trim();
    }

    public static string[] Tokens(string text) => Fold(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static void AppendSpace(StringBuilder text)
    {
        if (text.Length > 0 && text[^1] != ' ') text.Append(' ');
    }
}
