using System.Globalization;
using System.Text;

namespace ExpertGraph.Core.Lexicon;

/// <summary>
/// Character classes the lexicon's normalization and matching share. Kept in one place so that terms and text are
/// normalized by exactly the same rules.
/// </summary>
internal static class LexiconChars
{
    // NFKC of each BMP character alone, computed on first sight: the normalizer meets few distinct non-ASCII
    // characters, so this keeps it free of per-character allocations without building a 64K table up front.
    // Races only ever store equal strings.
    private static readonly string?[] SingleCharNfkc = new string?[char.MaxValue + 1];

    // Invariant lower case of every BMP character, from one call over the whole plane: char.ToLowerInvariant goes
    // to ICU for each non-ASCII character, which showed in profiles of Chinese and accented text. U+0130 (İ) is
    // left alone by the invariant culture on purpose; it folds to "i" here so Turkish-typed capitals match.
    private static readonly char[] LowerTable = BuildLowerTable();

    /// <summary>
    /// Scripts written without spaces between words: Han, kana and Hangul. Their matches may begin and end anywhere;
    /// everything else matches at word boundaries only.
    /// </summary>
    public static bool IsCjk(char c) =>
        c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\uF900' and <= '\uFAFF'
            or >= '\u3040' and <= '\u30FF' or >= '\u31F0' and <= '\u31FF' or >= '\uAC00' and <= '\uD7AF'
            or '\u3005' or '\u3007';

    /// <summary>A character that continues a word of a spaced script: a pattern may not end or begin next to one.</summary>
    public static bool IsWordChar(char c) => c < 0x80
        ? c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9'
        : char.IsLetterOrDigit(c) && !IsCjk(c);

    /// <summary>What a (normalized) character becomes: kept, dropped (format characters such as the soft hyphen), or a separator.</summary>
    public static CharRole Role(char c)
    {
        if (c < 0x80)
            return c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' ? CharRole.Content : CharRole.Separator;
        return CharUnicodeInfo.GetUnicodeCategory(c) switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
                or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber
                or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark
                or UnicodeCategory.Surrogate => CharRole.Content,
            UnicodeCategory.Format => CharRole.Dropped,
            _ => CharRole.Separator,
        };
    }

    public static bool IsCombiningMark(char c) => c >= 0x300 && CharUnicodeInfo.GetUnicodeCategory(c) is
        UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    /// <summary>
    /// Han characters whose NFKC form is themselves (the unified blocks; compatibility ideographs are not): the fast
    /// path for Chinese text.
    /// </summary>
    public static bool IsNfkcStableHan(char c) => c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF';

    public static char ToLower(char c) => LowerTable[c];

    public static string Nfkc(char c)
    {
        var cached = SingleCharNfkc[c];
        if (cached is not null) return cached;
        var text = char.IsSurrogate(c) ? c.ToString() : NfkcOrSelf(c.ToString());
        SingleCharNfkc[c] = text;
        return text;
    }

    /// <summary>NFKC, or the text unchanged where the normalizer refuses it (lone surrogates, noncharacters).</summary>
    public static string NfkcOrSelf(string text)
    {
        try
        {
            return text.Normalize(NormalizationForm.FormKC);
        }
        catch (ArgumentException)
        {
            return text; // garbage in running text must not stop tagging; it matches nothing anyway
        }
    }

    private static char[] BuildLowerTable()
    {
        var plane = new char[char.MaxValue + 1];
        for (var c = 0; c < plane.Length; c++) plane[c] = char.IsSurrogate((char)c) ? ' ' : (char)c;
        var lower = new string(plane).ToLowerInvariant().ToCharArray();
        for (var c = 0xD800; c <= 0xDFFF; c++) lower[c] = (char)c;
        lower['\u0130'] = 'i';
        return lower;
    }
}
