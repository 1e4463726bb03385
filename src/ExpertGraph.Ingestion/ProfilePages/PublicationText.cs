using ExpertGraph.Core.Model;

namespace ExpertGraph.Ingestion.ProfilePages;

/// <summary>
/// Reads a publication-list entry as far as its text allows: the year (the last plausible one) and the title when the
/// entry marks it — quoted (“…”, "…") or, in Chinese references (GB/T 7714), the part before [J], [C], [M], [D].
/// Matching against a person's works does not depend on the title: it looks for known titles inside the whole text.
/// </summary>
internal static class PublicationText
{
    private static readonly string[] ChineseTypeMarks = ["[J]", "[C]", "[M]", "[D]", "[P]", "[R]", "[A]", "[J/OL]"];

    public static PagePublication Parse(string text, string? markedTitle = null, int? markedYear = null) => new(text)
    {
        Title = PageFacts.Clean(markedTitle) ?? QuotedTitle(text) ?? ChineseReferenceTitle(text),
        Year = markedYear ?? LastYear(text),
    };

    internal static int? LastYear(string text)
    {
        int? year = null;
        for (var i = 0; i + 4 <= text.Length; i++)
        {
            if (i > 0 && char.IsAsciiDigit(text[i - 1])) continue;
            if (i + 4 < text.Length && char.IsAsciiDigit(text[i + 4])) continue;
            var span = text.AsSpan(i, 4);
            if (int.TryParse(span, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value) && value is >= 1950 and <= 2100)
                year = value;
        }

        return year;
    }

    private static string? QuotedTitle(string text)
    {
        foreach (var (open, close) in new[] { ('“', '”'), ('"', '"'), ('«', '»') })
        {
            var start = text.IndexOf(open, StringComparison.Ordinal);
            if (start < 0) continue;
            var end = text.IndexOf(close, start + 1);
            if (end > start + 10) return PageFacts.Clean(text[(start + 1)..end]);
        }

        return null;
    }

    private static string? ChineseReferenceTitle(string text)
    {
        foreach (var mark in ChineseTypeMarks)
        {
            var at = text.IndexOf(mark, StringComparison.OrdinalIgnoreCase);
            if (at <= 0) continue;
            var start = text.LastIndexOfAny(['.', '．', '。'], at - 1);
            var title = PageFacts.Clean(text[(start + 1)..at]);
            if (title is { Length: >= 4 }) return title;
        }

        return null;
    }
}
