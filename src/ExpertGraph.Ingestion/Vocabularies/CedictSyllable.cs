using System.Text;

namespace ExpertGraph.Ingestion.Vocabularies;

/// <summary>
/// CC-CEDICT pinyin syllables ("Zhang1", "lu:4", "r5") as the lexicon's toneless readings: lower-case ASCII, tone digit
/// dropped, ü written "v" ("lu:4" → "lv", "nu:e4" → "nve", the input-method convention, so a reading stays ASCII).
/// </summary>
internal static class CedictSyllable
{
    /// <summary>
    /// The toneless reading, or null for what is not a reading of a Han character: the erhua suffix "r5" (儿 would
    /// otherwise read "r" first, 638 words against a few hundred "er"), CEDICT's "xx5" (reading unknown), punctuation.
    /// </summary>
    public static string? Toneless(string syllable)
    {
        var text = syllable.Length > 1 && syllable[^1] is >= '1' and <= '5' ? syllable[..^1] : syllable;
        var reading = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is 'u' or 'U' && i + 1 < text.Length && text[i + 1] == ':')
            {
                reading.Append('v');
                i++;
            }
            else if (c is >= 'a' and <= 'z') reading.Append(c);
            else if (c is >= 'A' and <= 'Z') reading.Append((char)(c + ('a' - 'A')));
            else return null;
        }

        var result = reading.ToString();
        return result.Length == 0 || result is "r" or "xx" ? null : result;
    }

    /// <summary>A Han character (unified ideographs, extension A, compatibility, extensions B and later).</summary>
    public static bool IsHan(Rune rune) =>
        rune.Value is >= 0x4E00 and <= 0x9FFF or >= 0x3400 and <= 0x4DBF or >= 0xF900 and <= 0xFAFF or >= 0x20000 and <= 0x3134F;

    public static Rune[] Runes(string text)
    {
        var runes = new List<Rune>(text.Length);
        foreach (var rune in text.EnumerateRunes()) runes.Add(rune);
        return [.. runes];
    }
}
