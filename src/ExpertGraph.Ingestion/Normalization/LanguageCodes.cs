using System.Collections.Frozen;

namespace ExpertGraph.Ingestion.Normalization;

/// <summary>
/// ISO 639-1 codes ("en", "zh", "de") from what sources write for a language: ISO 639-2 codes in both forms (MEDLINE,
/// library catalogues: "eng", "chi", "ger"/"deu"), names (Scopus, WoS, BibTeX babel names: "English", "ngerman",
/// "Chinese (Simplified)", "中文"), language tags ("en-US") and two-letter codes. One table for every reader.
/// </summary>
internal static class LanguageCodes
{
    private static readonly FrozenDictionary<string, string> Codes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["afr"] = "af", ["afrikaans"] = "af", ["alb"] = "sq", ["american"] = "en", ["ara"] = "ar", ["arabic"] = "ar",
        ["arm"] = "hy", ["aze"] = "az", ["baq"] = "eu", ["bel"] = "be", ["ben"] = "bn", ["bos"] = "bs",
        ["brazilian"] = "pt", ["british"] = "en", ["bul"] = "bg", ["bulgarian"] = "bg", ["cat"] = "ca",
        ["catalan"] = "ca", ["ces"] = "cs", ["chi"] = "zh", ["chinese"] = "zh", ["chinese (simplified)"] = "zh",
        ["chinese (traditional)"] = "zh", ["croatian"] = "hr", ["cym"] = "cy", ["cze"] = "cs", ["czech"] = "cs",
        ["dan"] = "da", ["danish"] = "da", ["deu"] = "de", ["dut"] = "nl", ["dutch"] = "nl", ["ell"] = "el",
        ["eng"] = "en", ["english"] = "en", ["epo"] = "eo", ["est"] = "et", ["estonian"] = "et", ["eus"] = "eu",
        ["fas"] = "fa", ["fin"] = "fi", ["finnish"] = "fi", ["fra"] = "fr", ["fre"] = "fr", ["french"] = "fr",
        ["geo"] = "ka", ["ger"] = "de", ["german"] = "de", ["gla"] = "gd", ["gle"] = "ga", ["glg"] = "gl",
        ["gre"] = "el", ["greek"] = "el", ["heb"] = "he", ["hebrew"] = "he", ["hin"] = "hi", ["hrv"] = "hr",
        ["hun"] = "hu", ["hungarian"] = "hu", ["hye"] = "hy", ["ice"] = "is", ["icelandic"] = "is", ["ind"] = "id",
        ["indonesian"] = "id", ["isl"] = "is", ["ita"] = "it", ["italian"] = "it", ["japanese"] = "ja", ["jpn"] = "ja",
        ["kat"] = "ka", ["kaz"] = "kk", ["kor"] = "ko", ["korean"] = "ko", ["lat"] = "la", ["latvian"] = "lv",
        ["lav"] = "lv", ["lit"] = "lt", ["lithuanian"] = "lt", ["mac"] = "mk", ["magyar"] = "hu", ["malay"] = "ms",
        ["may"] = "ms", ["mkd"] = "mk", ["mlt"] = "mt", ["mon"] = "mn", ["msa"] = "ms", ["ngerman"] = "de",
        ["nld"] = "nl", ["nno"] = "nn", ["nob"] = "nb", ["nor"] = "no", ["norwegian"] = "no", ["per"] = "fa",
        ["persian"] = "fa", ["pol"] = "pl", ["polish"] = "pl", ["por"] = "pt", ["portuguese"] = "pt", ["pus"] = "ps",
        ["romanian"] = "ro", ["ron"] = "ro", ["rum"] = "ro", ["rus"] = "ru", ["russian"] = "ru", ["san"] = "sa",
        ["scc"] = "sr", ["schinese"] = "zh", ["scr"] = "hr", ["serbian"] = "sr", ["slk"] = "sk", ["slo"] = "sk",
        ["slovak"] = "sk", ["slovenian"] = "sl", ["slv"] = "sl", ["spa"] = "es", ["spanish"] = "es", ["sqi"] = "sq",
        ["srp"] = "sr", ["swe"] = "sv", ["swedish"] = "sv", ["tchinese"] = "zh", ["tha"] = "th", ["thai"] = "th",
        ["tur"] = "tr", ["turkish"] = "tr", ["ukenglish"] = "en", ["ukr"] = "uk", ["ukrainian"] = "uk", ["urd"] = "ur",
        ["usenglish"] = "en", ["uzb"] = "uz", ["vie"] = "vi", ["vietnamese"] = "vi", ["wel"] = "cy", ["zho"] = "zh",
        ["中文"] = "zh", ["英文"] = "en",
        ["Galician"] = "gl", ["Slovene"] = "sl", ["Welsh"] = "cy",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>"eng" → "en", "English" → "en", "en-US" → "en"; null for "und", "mul", blanks and anything not known.</summary>
    public static string? ToIso6391(string? value)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text)) return null;
        if (Codes.TryGetValue(text, out var code)) return code;
        var end = text.AsSpan().IndexOfAny('-', '_');
        var primary = end < 0 ? text : text[..end];
        return primary.Length == 2 && primary.All(char.IsAsciiLetter) ? primary.ToLowerInvariant() : null;
    }
}
