using System.Collections.Frozen;
using System.Text;

namespace ExpertGraph.Ingestion.Papers;

/// <summary>
/// The character entities dblp.dtd declares (&amp;reg; &amp;micro; &amp;times; and the ISO 8879 Latin-1 set, 65 in all), so that
/// a record can be parsed without the DTD: DBLP dumps use them everywhere but the DTD is often not beside the file.
/// </summary>
internal static class DblpCharacterEntities
{
    private static readonly FrozenDictionary<string, char> Characters = new Dictionary<string, char>(StringComparer.Ordinal)
    {
        ["reg"] = '\u00AE', ["micro"] = '\u00B5', ["times"] = '\u00D7', ["Agrave"] = '\u00C0',
        ["Aacute"] = '\u00C1', ["Acirc"] = '\u00C2', ["Atilde"] = '\u00C3', ["Auml"] = '\u00C4',
        ["Aring"] = '\u00C5', ["AElig"] = '\u00C6', ["Ccedil"] = '\u00C7', ["Egrave"] = '\u00C8',
        ["Eacute"] = '\u00C9', ["Ecirc"] = '\u00CA', ["Euml"] = '\u00CB', ["Igrave"] = '\u00CC',
        ["Iacute"] = '\u00CD', ["Icirc"] = '\u00CE', ["Iuml"] = '\u00CF', ["ETH"] = '\u00D0',
        ["Ntilde"] = '\u00D1', ["Ograve"] = '\u00D2', ["Oacute"] = '\u00D3', ["Ocirc"] = '\u00D4',
        ["Otilde"] = '\u00D5', ["Ouml"] = '\u00D6', ["Oslash"] = '\u00D8', ["Ugrave"] = '\u00D9',
        ["Uacute"] = '\u00DA', ["Ucirc"] = '\u00DB', ["Uuml"] = '\u00DC', ["Yacute"] = '\u00DD',
        ["THORN"] = '\u00DE', ["szlig"] = '\u00DF', ["agrave"] = '\u00E0', ["aacute"] = '\u00E1',
        ["acirc"] = '\u00E2', ["atilde"] = '\u00E3', ["auml"] = '\u00E4', ["aring"] = '\u00E5',
        ["aelig"] = '\u00E6', ["ccedil"] = '\u00E7', ["egrave"] = '\u00E8', ["eacute"] = '\u00E9',
        ["ecirc"] = '\u00EA', ["euml"] = '\u00EB', ["igrave"] = '\u00EC', ["iacute"] = '\u00ED',
        ["icirc"] = '\u00EE', ["iuml"] = '\u00EF', ["eth"] = '\u00F0', ["ntilde"] = '\u00F1',
        ["ograve"] = '\u00F2', ["oacute"] = '\u00F3', ["ocirc"] = '\u00F4', ["otilde"] = '\u00F5',
        ["ouml"] = '\u00F6', ["oslash"] = '\u00F8', ["ugrave"] = '\u00F9', ["uacute"] = '\u00FA',
        ["ucirc"] = '\u00FB', ["uuml"] = '\u00FC', ["yacute"] = '\u00FD', ["thorn"] = '\u00FE',
        ["yuml"] = '\u00FF',
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static int Count => Characters.Count;

    public static bool TryGet(string name, out char character) => Characters.TryGetValue(name, out character);

    /// <summary>
    /// Replaces the DTD's named entities with their characters. XML's own five entities and numeric references are left
    /// for the XML parser; an unknown name is left too, so that the parser rejects the record and names it. A bare
    /// '&amp;' that starts no reference becomes "&amp;amp;": it is plain text in a title, not a reason to lose the record.
    /// </summary>
    public static string Replace(string xml)
    {
        var amp = xml.IndexOf('&', StringComparison.Ordinal);
        if (amp < 0) return xml;
        var text = new StringBuilder(xml.Length);
        var copied = 0;
        for (; amp >= 0; amp = xml.IndexOf('&', amp + 1))
        {
            var semicolon = ReferenceEnd(xml, amp);
            if (semicolon < 0)
            {
                text.Append(xml, copied, amp - copied).Append("&amp;");
                copied = amp + 1;
                continue;
            }

            if (Characters.TryGetValue(xml[(amp + 1)..semicolon], out var character))
            {
                text.Append(xml, copied, amp - copied).Append(character);
                copied = semicolon + 1;
            }
        }

        return text.Append(xml, copied, xml.Length - copied).ToString();
    }

    /// <summary>Index of the ';' closing a well-formed reference (&amp;name; or &amp;#digits; or &amp;#xhex;) at <paramref name="amp"/>, else -1.</summary>
    private static int ReferenceEnd(string xml, int amp)
    {
        var i = amp + 1;
        if (i < xml.Length && xml[i] == '#')
        {
            i++;
            var hex = i < xml.Length && xml[i] == 'x';
            if (hex) i++;
            var digitsStart = i;
            while (i < xml.Length && (hex ? char.IsAsciiHexDigit(xml[i]) : char.IsAsciiDigit(xml[i]))) i++;
            return i > digitsStart && i < xml.Length && xml[i] == ';' ? i : -1;
        }

        var nameStart = i;
        while (i < xml.Length && (char.IsAsciiLetterOrDigit(xml[i]) || xml[i] is '_' or '.' or '-' || (i > nameStart && xml[i] == ':'))) i++;
        return i > nameStart && char.IsAsciiLetter(xml[nameStart]) && i < xml.Length && xml[i] == ';' ? i : -1;
    }
}
