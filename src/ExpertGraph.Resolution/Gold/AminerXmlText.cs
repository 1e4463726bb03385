using System.Net;
using System.Text;

namespace ExpertGraph.Resolution.Gold;

/// <summary>
/// Makes the AMiner files parseable XML: 46 of the 70 carry raw ampersands ("Texas A&amp;M", "R&amp;D") and HTML entities
/// that XML does not define (&amp;eacute;, &amp;mdash;, &amp;uml; after the letter it marks). Raw ampersands become
/// &amp;amp;, known entities become their characters; nothing else changes, so line numbers stay those of the file.
/// </summary>
internal static class AminerXmlText
{
    private const int LongestEntityName = 10;

    public static string Repair(string text, out int repairs)
    {
        repairs = 0;
        var builder = new StringBuilder(text.Length + 64);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c != '&')
            {
                builder.Append(c);
                i++;
                continue;
            }

            var end = EntityEnd(text, i);
            var name = end < 0 ? null : text[(i + 1)..end];
            if (name is not null && IsXmlEntity(name))
            {
                builder.Append(text, i, end - i + 1);
                i = end + 1;
                continue;
            }

            repairs++;
            var decoded = name is null ? null : Decode(name);
            if (decoded is null)
            {
                builder.Append("&amp;");
                i++;
                continue;
            }

            builder.Append(decoded switch { "&" => "&amp;", "<" => "&lt;", ">" => "&gt;", _ => decoded });
            i = end + 1;
        }

        return repairs == 0 ? text : builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>Index of the ';' closing an entity name that starts after the '&amp;' at <paramref name="start"/>, or -1.</summary>
    private static int EntityEnd(string text, int start)
    {
        for (var j = start + 1; j < text.Length && j <= start + 1 + LongestEntityName; j++)
        {
            var c = text[j];
            if (c == ';') return j > start + 1 ? j : -1;
            if (!char.IsAsciiLetterOrDigit(c) && c != '#') return -1;
        }

        return -1;
    }

    private static bool IsXmlEntity(string name) =>
        name is "amp" or "lt" or "gt" or "quot" or "apos"
        || (name.Length > 1 && name[0] == '#' && !name.AsSpan(1).ContainsAnyExcept("0123456789"))
        || (name.Length > 2 && name[0] == '#' && name[1] == 'x' && !name.AsSpan(2).ContainsAnyExcept("0123456789abcdefABCDEF"));

    /// <summary>The text of an HTML (or ISO Greek) entity, or null when it is none: then the ampersand was raw text.</summary>
    private static string? Decode(string name)
    {
        switch (name)
        {
            // Spacing accents written after the letter they belong on ("Go&uml;del", "Jir&caron;i"): combining marks.
            case "uml": return "\u0308";
            case "acute": return "\u0301";
            case "caron": return "\u030C";
            case "semi": return ";";
            case "colon": return ":";
            case "lgr": return "\u03BB";
        }

        var entity = "&" + name + ";";
        var decoded = WebUtility.HtmlDecode(entity);
        return string.Equals(decoded, entity, StringComparison.Ordinal) ? null : decoded;
    }
}
