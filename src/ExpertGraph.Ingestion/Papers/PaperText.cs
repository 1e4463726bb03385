using System.Net;
using System.Text.RegularExpressions;

namespace ExpertGraph.Ingestion.Papers;

/// <summary>Cleans a text value from a bibliographic source: inline markup removed, entities decoded, whitespace collapsed.</summary>
internal static partial class PaperText
{
    /// <summary>The cleaned text, or null when nothing but whitespace is left.</summary>
    public static string? Clean(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var text = value;
        // OpenAlex titles carry publisher markup ("5 <sup>th</sup>", "<i>Homo</i>"); only inline tags are removed so
        // that text such as "<http://…>" or "a < b" survives.
        if (text.Contains('<', StringComparison.Ordinal)) text = InlineTag().Replace(text, string.Empty);
        if (text.Contains('&', StringComparison.Ordinal)) text = WebUtility.HtmlDecode(text);
        return CollapseWhitespace(text);
    }

    /// <summary>Trims and collapses runs of whitespace to one space; null when empty.</summary>
    public static string? CollapseWhitespace(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var trimmed = value.AsSpan().Trim();
        // Most values need nothing: a scan is far cheaper than a regex replace over a whole abstract.
        var previousSpace = false;
        var clean = true;
        foreach (var c in trimmed)
        {
            var space = char.IsWhiteSpace(c);
            if (space && (c != ' ' || previousSpace))
            {
                clean = false;
                break;
            }

            previousSpace = space;
        }

        if (clean) return trimmed.Length == value.Length ? value : trimmed.ToString();
        return Whitespace().Replace(trimmed.ToString(), " ");
    }

    /// <summary>The primary subtag of a language tag, lower-case: "en-US" → "en"; null when empty.</summary>
    public static string? LanguageCode(string? tag)
    {
        var text = CollapseWhitespace(tag);
        if (text is null) return null;
        var end = text.AsSpan().IndexOfAny('-', '_');
        var code = end < 0 ? text : text[..end];
        return code.Length == 0 ? null : code.ToLowerInvariant();
    }

    /// <summary>An abstract kept as the source wrote it (markup is the normalizer's), or null when it is blank.</summary>
    public static string? Literal(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    [GeneratedRegex(@"</?(?:i|b|u|em|strong|sup|sub|tt|sc|scp|small|span|p|br|mml:[a-z]+)(?:\s[^<>]*)?/?>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InlineTag();

    [GeneratedRegex(@"\s+", RegexOptions.CultureInvariant)]
    private static partial Regex Whitespace();
}
