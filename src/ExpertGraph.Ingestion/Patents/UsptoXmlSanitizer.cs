using System.Text;
using System.Text.RegularExpressions;

namespace ExpertGraph.Ingestion.Patents;

/// <summary>
/// Prepares one USPTO document for an XmlReader that never loads DTDs. The DOCTYPE is blanked (its newlines kept, so
/// line numbers stay true); entities the external DTD would have declared are replaced by their text, or kept as
/// literal "&amp;name;" text when unknown; a bare '&amp;' becomes "&amp;amp;". Everything else is left to the parser:
/// a document that is still not well-formed is rejected, not repaired.
/// </summary>
internal static partial class UsptoXmlSanitizer
{
    public static string Sanitize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length + 256);
        var body = 0;
        var declared = new Dictionary<string, string>(StringComparer.Ordinal);
        if (FindDoctype(text) is (var start, var end))
        {
            var doctype = text[start..end];
            foreach (Match match in DeclaredEntity().Matches(doctype))
                declared.TryAdd(match.Groups["name"].Value, match.Groups["value"].Value);

            builder.Append(text, 0, start);
            builder.Append('\n', doctype.Count(c => c == '\n'));
            body = end;
        }

        RewriteEntities(text, body, declared, builder);
        return builder.ToString();
    }

    // The DOCTYPE ends at the first '>' outside quotes and outside its internal subset [ ... ].
    private static (int Start, int End)? FindDoctype(string text)
    {
        var start = text.IndexOf("<!DOCTYPE", StringComparison.Ordinal);
        if (start < 0) return null;
        var firstElement = FirstElementStart(text);
        if (firstElement >= 0 && firstElement < start) return null;

        char quote = '\0';
        var depth = 0;
        for (var i = start + 9; i < text.Length; i++)
        {
            var c = text[i];
            if (quote != '\0')
            {
                if (c == quote) quote = '\0';
            }
            else if (c is '"' or '\'') quote = c;
            else if (c == '[') depth++;
            else if (c == ']') depth--;
            else if (c == '>' && depth <= 0) return (start, i + 1);
        }

        return null;
    }

    private static int FirstElementStart(string text)
    {
        for (var i = text.IndexOf('<', StringComparison.Ordinal); i >= 0 && i + 1 < text.Length; i = text.IndexOf('<', i + 1))
        {
            if (char.IsLetter(text[i + 1]) || text[i + 1] == '_') return i;
        }

        return -1;
    }

    private static void RewriteEntities(string text, int from, Dictionary<string, string> declared, StringBuilder builder)
    {
        var copied = from;
        for (var amp = text.IndexOf('&', from); amp >= 0; amp = text.IndexOf('&', amp + 1))
        {
            var reference = EntityReference().Match(text, amp);
            string? replacement;
            if (!reference.Success)
            {
                replacement = "&amp;";
            }
            else if (reference.Groups["name"] is { Success: true } name)
            {
                replacement = name.Value switch
                {
                    "amp" or "lt" or "gt" or "quot" or "apos" => null,
                    // An internal entity's replacement text is parsed as content, as a validating parser would.
                    _ when declared.TryGetValue(name.Value, out var value) => value,
                    _ when UsptoEntityTable.TryResolve(name.Value, out var value) => Escape(value),
                    _ => "&amp;" + name.Value + ";",
                };
            }
            else
            {
                replacement = null; // a numeric character reference: the parser checks it
            }

            if (replacement is null) continue;
            builder.Append(text, copied, amp - copied).Append(replacement);
            copied = amp + (reference.Success ? reference.Length : 1);
        }

        builder.Append(text, copied, text.Length - copied);
    }

    private static string Escape(string value) =>
        value.Replace("&", "&amp;", StringComparison.Ordinal)
            .Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal)
            .Replace("\"", "&quot;", StringComparison.Ordinal);

    [GeneratedRegex("""\G&(?:(?<name>[A-Za-z_][A-Za-z0-9._-]*)|#[0-9]+|#x[0-9A-Fa-f]+);""")]
    private static partial Regex EntityReference();

    [GeneratedRegex("""<!ENTITY\s+(?<name>[A-Za-z_][A-Za-z0-9._-]*)\s+(?:"(?<value>[^"]*)"|'(?<value>[^']*)')\s*>""")]
    private static partial Regex DeclaredEntity();
}
