using System.Globalization;
using System.Text;
using ExpertGraph.Core.Text;

namespace ExpertGraph.Resolution.Gold;

/// <summary>Culture-free folding of names for matching and grouping: lower case, diacritics off (é → e, ø → o).</summary>
internal static class NameFolding
{
    public static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            var lower = char.ToLowerInvariant(c);
            var plain = LatinLetters.PlainForm(lower);
            if (plain is null) builder.Append(lower);
            else builder.Append(plain);
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }
}
