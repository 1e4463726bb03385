using System.Globalization;
using System.Text;
using ExpertGraph.Core.Text;

namespace ExpertGraph.Resolution.Features;

/// <summary>
/// The words two mentions' titles, affiliations and venues are compared by: folded (lower-case, no marks), Latin words of
/// three letters or more that are not stop words, digits dropped, and Han text as overlapping character pairs.
/// </summary>
public static class TextTokens
{
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "and", "the", "for", "with", "from", "into", "onto", "over", "under", "via", "using", "based", "its", "their",
        "our", "are", "was", "were", "has", "have", "not", "but", "this", "that", "these", "those", "toward", "towards",
        "between", "among", "within", "without", "through", "new", "novel", "study", "studies", "analysis", "approach",
        "method", "methods", "case", "use", "all", "any", "can", "how", "what", "when", "which", "who", "why", "des",
        "der", "die", "und", "les", "del", "los", "las", "par", "pour", "une", "von",
    };

    /// <summary>The distinct tokens of <paramref name="text"/>, in first-seen order.</summary>
    public static IReadOnlyList<string> Of(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return [];
        var tokens = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var word = new StringBuilder();
        var decomposed = text.Normalize(NormalizationForm.FormD);
        char? previousHan = null;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (ScriptDetector.IsHan(c))
            {
                Flush(word, tokens, seen);
                if (previousHan is { } before) Add(string.Concat(before, c), tokens, seen);
                previousHan = c;
                continue;
            }

            previousHan = null;
            if (char.IsLetter(c)) word.Append(LatinLetters.PlainForm(char.ToLowerInvariant(c)) ?? char.ToLowerInvariant(c).ToString());
            else Flush(word, tokens, seen);
        }

        Flush(word, tokens, seen);
        return tokens;
    }

    private static void Flush(StringBuilder word, List<string> tokens, HashSet<string> seen)
    {
        if (word.Length >= 3)
        {
            var text = word.ToString();
            if (!StopWords.Contains(text)) Add(text, tokens, seen);
        }

        word.Clear();
    }

    private static void Add(string token, List<string> tokens, HashSet<string> seen)
    {
        if (seen.Add(token)) tokens.Add(token);
    }
}
