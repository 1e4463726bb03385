using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.RegularExpressions;

namespace ExpertGraph.Core.Names;

/// <summary>
/// Splits a personal name as written in a source into family and given parts. Han names in hanzi are family-first
/// (the surname is one character, or two for a compound surname); other names are read by the usual bibliographic
/// conventions: "Given Middle Family", "Family, Given", "FAMILY Given", "Family GI" (MEDLINE initials).
/// </summary>
public static partial class PersonNameParser
{
    /// <summary>Parses <paramref name="raw"/>; throws <see cref="ArgumentException"/> when it holds no name at all.</summary>
    public static PersonName Parse(string raw) =>
        TryParse(raw, out var name) ? name : throw new ArgumentException($"not a personal name: '{raw}'", nameof(raw));

    public static bool TryParse(string? raw, [NotNullWhen(true)] out PersonName? name)
    {
        name = null;
        if (raw is null) return false;
        // DBLP tells homonyms apart with a four-digit number: "Wei Wang 0002".
        var text = DblpHomonymNumber().Replace(CollapseWhitespace(raw), string.Empty).Trim();
        if (!text.Any(char.IsLetter)) return false;

        var script = ScriptOf(text);
        name = script == NameScript.Han ? ParseHan(text) : ParseLatin(text, script);
        return name.Family.Length + name.Given.Length > 0;
    }

    private static PersonName ParseHan(string text)
    {
        // "张 伟", "吉乃提汗·马木提": spaces and separator dots are not part of the name.
        var compact = new string(text.Where(c => !char.IsWhiteSpace(c) && !IsNameDot(c)).ToArray());
        var surnameLength = compact.Length >= 3 && ChineseSurnames.IsCompound(compact.AsSpan(0, 2)) ? 2 : 1;
        return new PersonName(compact[..surnameLength], compact[surnameLength..], NameScript.Han);
    }

    private static NameScript ScriptOf(string text)
    {
        bool han = false, latin = false, other = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (IsHan(text, i)) han = true;
            else if (!char.IsLetter(c)) continue;
            else if (c <= '\u024F' || c is >= '\u1E00' and <= '\u1EFF') latin = true;
            else if (!char.IsSurrogate(c)) other = true;
        }

        return han && !latin && !other ? NameScript.Han : latin && !other && !han ? NameScript.Latin : NameScript.Other;
    }

    private static bool IsHan(string text, int i)
    {
        var c = text[i];
        if (c is >= '\u4E00' and <= '\u9FFF' or >= '\u3400' and <= '\u4DBF' or >= '\uF900' and <= '\uFAFF') return true;
        // Extensions B and later (rare surnames' characters) sit in the supplementary planes.
        return char.IsHighSurrogate(c) && i + 1 < text.Length && char.ConvertToUtf32(c, text[i + 1]) is >= 0x20000 and <= 0x3134F;
    }

    private static bool IsNameDot(char c) => c is '·' or '•' or '・' or '‧' or '･' or '.' or '．';

    private static string CollapseWhitespace(string raw)
    {
        var text = new StringBuilder(raw.Length);
        foreach (var c in raw.Trim())
        {
            if (!char.IsWhiteSpace(c)) text.Append(c);
            else if (text.Length > 0 && text[^1] != ' ') text.Append(' ');
        }

        return text.ToString();
    }

    [GeneratedRegex(@"\s+\d{4}$")]
    private static partial Regex DblpHomonymNumber();
}
