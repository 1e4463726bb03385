using System.Collections.Frozen;
using System.Text;
using System.Text.RegularExpressions;

namespace ExpertGraph.Ingestion.Normalization;

/// <summary>
/// Institution names: <see cref="Normalize"/> gives a clean display name and changes nothing a reader would call part of
/// the name; <see cref="Key"/> gives an exact matching key under which spellings of one name meet
/// ("Tsinghua Univ." and "TSINGHUA UNIVERSITY"). Neither guesses which department belongs to which institution.
/// </summary>
public static partial class InstitutionNameNormalizer
{
    /// <summary>Abbreviations common in Web of Science addresses, spelled out in keys.</summary>
    private static readonly FrozenDictionary<string, string> Abbreviations = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["univ"] = "university",
        ["inst"] = "institute",
        ["technol"] = "technology",
        ["natl"] = "national",
        ["acad"] = "academy",
        ["coll"] = "college",
        ["hosp"] = "hospital",
        ["dept"] = "department",
        ["ctr"] = "center",
        ["centre"] = "center",
        ["lab"] = "laboratory",
        ["labs"] = "laboratories",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Words ending in a dot that is part of the name ("Inc.", "Univ."), not sentence punctuation.</summary>
    private static readonly FrozenSet<string> KeepDotAfter = new[]
    {
        "univ", "inst", "technol", "natl", "acad", "coll", "hosp", "dept", "corp", "assoc", "labs", "sci", "res",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Display form: NFKC, whitespace collapsed, a scraper's leading list number and trailing postcodes and punctuation removed.</summary>
    public static string Normalize(string raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var text = CollapseWhitespace(raw.Normalize(NormalizationForm.FormKC));
        text = LeadingListNumber().Replace(text, string.Empty);
        string previous;
        do
        {
            previous = text;
            text = TrailingPostcode().Replace(text, string.Empty);
            text = text.TrimEnd(' ', ',', ';', ':', '、', '。');
            if (text.EndsWith('.') && !EndsWithAbbreviation(text)) text = text[..^1];
        }
        while (text != previous);

        return text;
    }

    /// <summary>
    /// Exact matching key: <see cref="Normalize"/>, then case and diacritics folded, punctuation dropped, "&amp;" read as
    /// "and", WoS abbreviations spelled out, "of" and a leading "the" dropped, spaces between hanzi removed.
    /// </summary>
    public static string Key(string name)
    {
        var tokens = PlaceNameText.Tokens(Normalize(name))
            .Select(token => Abbreviations.GetValueOrDefault(token, token))
            .Where(token => token != "of")
            .SkipWhile((token, index) => index == 0 && token == "the");
        var key = new StringBuilder();
        foreach (var token in tokens)
        {
            if (key.Length > 0 && !(ChinesePlaceIndex.IsHan(key[^1]) && ChinesePlaceIndex.IsHan(token[0]))) key.Append(' ');
            key.Append(token);
        }

        return key.ToString();
    }

    private static bool EndsWithAbbreviation(string text)
    {
        if (text.Length < 2) return true;
        var start = text.LastIndexOfAny([' ', '.', ','], text.Length - 2) + 1;
        var word = text[start..^1];
        return word.Length <= 3 || KeepDotAfter.Contains(word);
    }

    private static string CollapseWhitespace(string text)
    {
        var collapsed = new StringBuilder(text.Length);
        foreach (var c in text.Trim())
        {
            if (!char.IsWhiteSpace(c)) collapsed.Append(c);
            else if (collapsed[^1] != ' ') collapsed.Append(' ');
        }

        return collapsed.ToString();
    }

    /// <summary>"1.中国铁道科学研究院" (CNKI numbers the affiliations of a paper), never the "3" of "3M".</summary>
    [GeneratedRegex(@"^\d{1,2}[.、]\s*(?=\D)")]
    private static partial Regex LeadingListNumber();

    /// <summary>Five- or six-digit postcodes at the end: "Beijing 100084", "湖北武汉430074", "CA 94305-5020".</summary>
    [GeneratedRegex(@"(?<=\D)\s*\d{5,6}(?:-\d{4})?$")]
    private static partial Regex TrailingPostcode();
}
