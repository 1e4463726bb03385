using System.Collections.Frozen;

namespace ExpertGraph.Ingestion.Medline;

/// <summary>
/// ISO 639-2 language codes as MEDLINE writes them ("eng", "chi", "ger"; bibliographic and terminology forms) mapped to
/// the ISO 639-1 codes a work carries ("en", "zh", "de").
/// </summary>
internal static class LanguageCodes
{
    private static readonly FrozenDictionary<string, string> TwoLetter = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["afr"] = "af", ["alb"] = "sq", ["sqi"] = "sq", ["ara"] = "ar", ["arm"] = "hy", ["hye"] = "hy", ["aze"] = "az",
        ["baq"] = "eu", ["eus"] = "eu", ["bel"] = "be", ["ben"] = "bn", ["bos"] = "bs", ["bul"] = "bg", ["cat"] = "ca",
        ["chi"] = "zh", ["zho"] = "zh", ["cze"] = "cs", ["ces"] = "cs", ["dan"] = "da", ["dut"] = "nl", ["nld"] = "nl",
        ["eng"] = "en", ["epo"] = "eo", ["est"] = "et", ["fin"] = "fi", ["fre"] = "fr", ["fra"] = "fr", ["geo"] = "ka",
        ["kat"] = "ka", ["ger"] = "de", ["deu"] = "de", ["gla"] = "gd", ["gle"] = "ga", ["glg"] = "gl", ["gre"] = "el",
        ["ell"] = "el", ["heb"] = "he", ["hin"] = "hi", ["hrv"] = "hr", ["hun"] = "hu", ["ice"] = "is", ["isl"] = "is",
        ["ind"] = "id", ["ita"] = "it", ["jpn"] = "ja", ["kaz"] = "kk", ["kor"] = "ko", ["lat"] = "la", ["lav"] = "lv",
        ["lit"] = "lt", ["mac"] = "mk", ["mkd"] = "mk", ["may"] = "ms", ["msa"] = "ms", ["mlt"] = "mt", ["mon"] = "mn",
        ["nor"] = "no", ["nob"] = "nb", ["nno"] = "nn", ["per"] = "fa", ["fas"] = "fa", ["pol"] = "pl", ["por"] = "pt",
        ["pus"] = "ps", ["rum"] = "ro", ["ron"] = "ro", ["rus"] = "ru", ["san"] = "sa", ["scr"] = "hr", ["scc"] = "sr",
        ["srp"] = "sr", ["slo"] = "sk", ["slk"] = "sk", ["slv"] = "sl", ["spa"] = "es", ["swe"] = "sv", ["tha"] = "th",
        ["tur"] = "tr", ["ukr"] = "uk", ["urd"] = "ur", ["uzb"] = "uz", ["vie"] = "vi", ["wel"] = "cy", ["cym"] = "cy",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>"eng" → "en", "ENG" → "en"; a two-letter code stays; null for "und", "mul" and codes not in the table.</summary>
    public static string? ToIso6391(string? code)
    {
        code = code?.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(code)) return null;
        if (code.Length == 2 && code.All(char.IsAsciiLetterLower)) return code;
        return TwoLetter.GetValueOrDefault(code);
    }
}
