namespace ExpertGraph.Ingestion.LexiconMining;

/// <summary>
/// Finds abbreviations a text defines, by the algorithm of Schwartz and Hearst (2003, "A simple algorithm for
/// identifying abbreviation definitions in biomedical text"): "long form (SF)" or "SF (long form)"; the long form is
/// the shortest text before the parenthesis whose characters match the short form's letters and digits read backwards,
/// the first at the start of a word. Two checks are added for precision on real abstracts: the short form needs an
/// upper-case letter (so list labels "(ii)" and "(eds)" are not abbreviations), and the long form must end in a letter
/// or digit and hold no parenthesis.
/// </summary>
internal static class AbbreviationMiner
{
    public const int MinShortFormLength = 2;
    public const int MaxShortFormLength = 10;

    private static readonly char[] LongFormTokenSeparators = [' ', '\t', '\n', '\r', '\f', '-'];

    public static IReadOnlyList<AbbreviationDefinition> Find(string? text)
    {
        if (string.IsNullOrEmpty(text)) return [];
        var found = new List<AbbreviationDefinition>();
        // A long form never reaches back past a sentence end or the previous parenthesis.
        var windowStart = 0;
        int space;
        while ((space = text.IndexOf(" (", windowStart, StringComparison.Ordinal)) >= 0)
        {
            var open = space + 1;
            var close = text.IndexOf(')', open + 1);
            if (close < 0) break;
            // One nested level, as the original: "(SF (x))" runs to the second closing parenthesis.
            if (text.AsSpan(open + 1, close - open - 1).Contains('(') && text.IndexOf(')', close + 1) is var outer and >= 0)
                close = outer;
            var inside = text[(open + 1)..close].Trim();
            var before = text[SentenceStart(text, windowStart, space)..space].Trim();
            if (TryDefinition(inside, before) is { } definition) found.Add(definition);
            windowStart = close + 1;
        }

        return found;
    }

    /// <summary>The definition "before (inside)" makes, if any.</summary>
    internal static AbbreviationDefinition? TryDefinition(string inside, string before)
    {
        if (inside.Length < 2 || before.Length < 2) return null;
        inside = CutAt(CutAt(inside, ", "), "; ");
        string shortForm, longForm;
        if (inside.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 2 || inside.Length > before.Length)
        {
            // "SF (long form)": the short form is the word before the parenthesis.
            shortForm = before[(before.LastIndexOf(' ') + 1)..];
            longForm = inside;
        }
        else
        {
            shortForm = inside;
            longForm = before;
        }

        if (!IsShortFormCandidate(shortForm)) return null;
        var best = BestLongForm(shortForm, longForm);
        return best is not null && IsAcceptedPair(shortForm, best) ? new AbbreviationDefinition(shortForm, best) : null;
    }

    /// <summary>2–10 characters, a letter among them (an upper-case one: see the type), the first a letter or digit.</summary>
    internal static bool IsShortFormCandidate(string shortForm) =>
        shortForm.Length is >= MinShortFormLength and <= MaxShortFormLength
        && char.IsLetterOrDigit(shortForm[0])
        && shortForm.Any(char.IsUpper);

    /// <summary>
    /// Matches the short form's letters and digits right to left against the long form; the first must start a word.
    /// Returns the long form from the start of that word, or null when a character finds no match.
    /// </summary>
    internal static string? BestLongForm(string shortForm, string longForm)
    {
        var l = longForm.Length - 1;
        for (var s = shortForm.Length - 1; s >= 0; s--)
        {
            var c = char.ToLowerInvariant(shortForm[s]);
            if (!char.IsLetterOrDigit(c)) continue;
            while ((l >= 0 && char.ToLowerInvariant(longForm[l]) != c)
                || (s == 0 && l > 0 && char.IsLetterOrDigit(longForm[l - 1])))
                l--;
            if (l < 0) return null;
            l--;
        }

        var start = l < 0 ? 0 : longForm.LastIndexOf(' ', l) + 1;
        return longForm[start..];
    }

    /// <summary>The original's rejections (long form shorter than the short form, containing it, too many words) and ours.</summary>
    private static bool IsAcceptedPair(string shortForm, string longForm)
    {
        var shortFormSize = shortForm.Count(char.IsLetterOrDigit);
        var longFormWords = longForm.Split(LongFormTokenSeparators, StringSplitOptions.RemoveEmptyEntries).Length;
        if (longForm.Length < shortForm.Length
            || longForm.Contains(shortForm + " ", StringComparison.Ordinal)
            || longForm.EndsWith(shortForm, StringComparison.Ordinal)
            || longFormWords > shortFormSize * 2
            || longFormWords > shortFormSize + 5
            || shortFormSize > MaxShortFormLength)
            return false;
        return char.IsLetterOrDigit(longForm[^1]) && longForm.AsSpan().IndexOfAny('(', ')') < 0;
    }

    private static string CutAt(string text, string separator)
    {
        var at = text.IndexOf(separator, StringComparison.Ordinal);
        return at < 0 ? text : text[..at];
    }

    /// <summary>Just after the last ". ", "? " or "! " in [from, to), else <paramref name="from"/>.</summary>
    private static int SentenceStart(string text, int from, int to)
    {
        for (var i = to - 2; i >= from; i--)
        {
            if (text[i + 1] == ' ' && text[i] is '.' or '?' or '!') return i + 2;
        }

        return from;
    }
}
