using System.Text;

namespace ExpertGraph.Ingestion.Vocabularies;

/// <summary>
/// Turns a CC-CEDICT gloss into the English it translates, or null when it is not a translation: "cell (biology)" →
/// "cell"; "to fabricate" → "fabricate"; "(abbr. for 計算機科學)" and other parenthetical notes dropped; "lit. …"
/// dropped; cross-references ("see …", "variant of …", "CL:…", "surname …", "abbr. for …", "also written …") are not
/// translations.
/// </summary>
internal static class CedictGloss
{
    private static readonly string[] NotTranslations =
    [
        "see ", "see also", "variant of", "old variant", "archaic variant", "CL:", "surname ", "abbr. for", "abbr. to",
        "also written", "also pr.", "erhua variant", "used in", "Taiwan pr.", "lit.", "fig.", "(old)", "Japanese variant",
    ];

    public static string? Normalize(string gloss)
    {
        var text = gloss.Trim();
        foreach (var prefix in NotTranslations)
            if (text.StartsWith(prefix, StringComparison.Ordinal)) return null;
        var literal = text.IndexOf(" lit. ", StringComparison.Ordinal);
        if (literal >= 0) text = text[..literal];
        text = RemoveBracketed(text).Trim().TrimEnd(',', ';', ':').Trim();
        if (text.StartsWith("to ", StringComparison.Ordinal)) text = text[3..];
        text = string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return text.Length == 0 || text.Any(CjkCompsciTermsReader.IsHan) ? null : text;
    }

    private static string RemoveBracketed(string text)
    {
        var result = new StringBuilder(text.Length);
        var depth = 0;
        foreach (var c in text)
        {
            if (c is '(' or '[') depth++;
            else if (c is ')' or ']') depth = Math.Max(0, depth - 1);
            else if (depth == 0) result.Append(c);
        }

        return result.ToString();
    }
}
