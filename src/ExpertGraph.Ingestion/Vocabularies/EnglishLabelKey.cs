using System.Globalization;
using System.Text;

namespace ExpertGraph.Ingestion.Vocabularies;

/// <summary>
/// The key two English labels must share to be aligned (lexicon/README.md, "Alignment"): invariant lower case,
/// possessive "'s" dropped, "&amp;" read as "and", every other punctuation or symbol a space, and each word
/// singularized lightly ("diseases" → "disease", "therapies" → "therapy", "processes" → "process", "matches" →
/// "match"; "analysis", "virus", "glass" stay). Light on purpose: a false merge costs more than a missed one.
/// </summary>
internal static class EnglishLabelKey
{
    public static string Of(string label)
    {
        var text = label.Normalize(NormalizationForm.FormKC).ToLowerInvariant()
            .Replace("'s ", " ", StringComparison.Ordinal).Replace("\u2019s ", " ", StringComparison.Ordinal)
            .Replace("&", " and ", StringComparison.Ordinal);
        if (text.EndsWith("'s", StringComparison.Ordinal) || text.EndsWith("\u2019s", StringComparison.Ordinal)) text = text[..^2];
        var spaced = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var category = char.GetUnicodeCategory(c);
            var isWordPart = char.IsLetterOrDigit(c) || category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
            spaced.Append(isWordPart ? c : ' ');
        }

        var words = spaced.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < words.Length; i++) words[i] = Singular(words[i]);
        return string.Join(' ', words);
    }

    internal static string Singular(string word)
    {
        if (word.Length <= 3 || word[^1] != 's' || !IsAsciiLetters(word)) return word;
        if (word.EndsWith("ies", StringComparison.Ordinal)) return word[..^3] + "y";
        if (word.EndsWith("sses", StringComparison.Ordinal)) return word[..^2];
        if (word.EndsWith("ches", StringComparison.Ordinal) || word.EndsWith("shes", StringComparison.Ordinal) || word.EndsWith("xes", StringComparison.Ordinal))
            return word[..^2];
        if (word.EndsWith("ss", StringComparison.Ordinal) || word.EndsWith("us", StringComparison.Ordinal) || word.EndsWith("is", StringComparison.Ordinal))
            return word;
        return word[..^1];
    }

    private static bool IsAsciiLetters(string word)
    {
        foreach (var c in word)
            if (c is < 'a' or > 'z') return false;
        return true;
    }
}
