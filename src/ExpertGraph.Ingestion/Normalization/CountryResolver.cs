using System.Collections.Frozen;
using System.Text.RegularExpressions;

namespace ExpertGraph.Ingestion.Normalization;

/// <summary>
/// Infers the ISO 3166-1 alpha-2 country of a free-text affiliation from the country, subdivision and city names it
/// contains (lexicon/countries.tsv plus <see cref="CountrySubdivisions"/>). Latin-script text is read from its last
/// comma-separated segment backwards, because addresses end with the country; Chinese text is read from its start,
/// because Chinese addresses begin with it. Immutable and thread-safe.
/// </summary>
public sealed partial class CountryResolver
{
    private static readonly Lazy<CountryLexicon> EmbeddedLexicon = new(CountryLexicon.LoadEmbedded);
    private static readonly FrozenSet<string> SpecialRegions = new[] { "HK", "MO", "TW" }.ToFrozenSet(StringComparer.Ordinal);
    private static readonly FrozenSet<string> UsStateCodes = CountrySubdivisions.UsStateCodes.ToFrozenSet(StringComparer.Ordinal);

    private readonly EnglishPlaceIndex _english;
    private readonly ChinesePlaceIndex _chinese;
    private readonly FrozenSet<string> _countryCodes;

    /// <summary>A resolver over the lexicon embedded in this assembly.</summary>
    public CountryResolver()
        : this(EmbeddedLexicon.Value)
    {
    }

    internal CountryResolver(CountryLexicon lexicon)
    {
        _english = new EnglishPlaceIndex(lexicon);
        _chinese = new ChinesePlaceIndex(lexicon);
        _countryCodes = lexicon.Entries.Select(entry => entry.Code).ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>The country an affiliation names, or null when it names none.</summary>
    public string? FromText(string? affiliationText)
    {
        if (string.IsNullOrWhiteSpace(affiliationText)) return null;
        // WoS C1 lines start with "[Author, A.; Author, B.]"; e-mail addresses trail in OpenAlex raw strings.
        var text = Noise().Replace(affiliationText, " ");

        if (text.Any(ChinesePlaceIndex.IsHan) && FromChinese(text) is { } chinese) return chinese;

        var segments = Segments().Split(text).Select(segment => segment.Trim()).Where(segment => segment.Length > 0).ToList();
        for (var i = segments.Count - 1; i >= 0; i--)
        {
            if (FromSegment(segments[i], isLast: i == segments.Count - 1) is not { } code) continue;
            return code == "CN" ? SpecialRegionNamed(segments) ?? code : code;
        }

        return null;
    }

    private string? FromChinese(string text)
    {
        var codes = _chinese.Matches(text);
        if (codes.Count == 0) return null;
        // 中国香港, 中国台湾: the ISO code of the region, not of China.
        return codes[0] == "CN" ? codes.FirstOrDefault(SpecialRegions.Contains) ?? "CN" : codes[0];
    }

    private string? FromSegment(string segment, bool isLast)
    {
        var state = UsStateAndZip().Match(segment);
        if (!state.Success) state = UsStateAlone().Match(segment);
        if (state.Success && UsStateCodes.Contains(state.Groups["state"].Value)) return "US";

        var tokens = PlaceNameText.Tokens(segment);
        if (_english.MatchWhole(tokens) is { } whole) return whole;
        // "Open Universiteit, Heerlen, NL": a bare ISO code, trusted only as the last segment.
        if (isLast && segment.Length == 2 && segment.All(char.IsAsciiLetterUpper) && _countryCodes.Contains(segment)) return segment;
        return _english.MatchRightmost(tokens);
    }

    /// <summary>
    /// "…, Hong Kong, Peoples R China", "…, Macau 999078, Peoples R China": a segment that is exactly Hong Kong, Macao or
    /// Taiwan, postcode aside, overrides China.
    /// </summary>
    private string? SpecialRegionNamed(List<string> segments) =>
        segments.Select(segment => _english.MatchWhole([.. PlaceNameText.Tokens(segment).Where(token => !token.All(char.IsAsciiDigit))]))
            .FirstOrDefault(code => code is not null && SpecialRegions.Contains(code));

    [GeneratedRegex(@"^\s*\[[^\]]*\]|\S+@\S+|https?://\S+")]
    private static partial Regex Noise();

    [GeneratedRegex(@"[,;\n\r|，；]")]
    private static partial Regex Segments();

    /// <summary>"MA 02139", "Ithaca NY 14853 U.S.A": a state code before a ZIP code.</summary>
    [GeneratedRegex(@"\b(?<state>[A-Z]{2})\s+\d{5}(?:-\d{4})?\b")]
    private static partial Regex UsStateAndZip();

    /// <summary>"Stanford, CA": a segment that is only a state code.</summary>
    [GeneratedRegex(@"^(?<state>[A-Z]{2})$")]
    private static partial Regex UsStateAlone();
}
