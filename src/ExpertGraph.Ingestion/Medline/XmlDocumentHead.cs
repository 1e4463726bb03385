using System.Text;

namespace ExpertGraph.Ingestion.Medline;

/// <summary>
/// What the first bytes of an XML file say about its document: the DOCTYPE (name and public id, when there is one) and
/// the document element's name, after the XML declaration, comments and processing instructions.
/// </summary>
internal sealed record XmlDocumentHead(string? DoctypeText, string RootName)
{
    /// <summary>The head of an XML document, or null when the bytes do not start like one (or end before the root element).</summary>
    public static XmlDocumentHead? Read(ReadOnlySpan<byte> head)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) head = head[3..];
        var text = Encoding.UTF8.GetString(head);
        string? doctype = null;
        var at = 0;
        while (true)
        {
            while (at < text.Length && char.IsWhiteSpace(text[at])) at++;
            if (at >= text.Length || text[at] != '<') return null;
            if (string.CompareOrdinal(text, at, "<?", 0, 2) == 0) at = After(text, at, "?>");
            else if (string.CompareOrdinal(text, at, "<!--", 0, 4) == 0) at = After(text, at, "-->");
            else if (string.CompareOrdinal(text, at, "<!DOCTYPE", 0, 9) == 0)
            {
                var end = DoctypeEnd(text, at);
                if (end < 0) return null;
                doctype = text[at..end];
                at = end;
            }
            else
            {
                var name = NameAt(text, at + 1);
                return name is null ? null : new XmlDocumentHead(doctype, name);
            }

            if (at < 0) return null;
        }
    }

    private static int After(string text, int from, string terminator)
    {
        var end = text.IndexOf(terminator, from, StringComparison.Ordinal);
        return end < 0 ? -1 : end + terminator.Length;
    }

    // A DOCTYPE ends at the first '>' outside its internal subset ("[...]") and outside quoted ids.
    private static int DoctypeEnd(string text, int from)
    {
        char? quote = null;
        var inSubset = false;
        for (var i = from + 9; i < text.Length; i++)
        {
            var c = text[i];
            if (quote is { } open)
            {
                if (c == open) quote = null;
            }
            else if (c is '"' or '\'') quote = c;
            else if (c == '[') inSubset = true;
            else if (c == ']') inSubset = false;
            else if (c == '>' && !inSubset) return i + 1;
        }

        return -1;
    }

    private static string? NameAt(string text, int start)
    {
        var end = start;
        while (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] is '-' or '_' or '.' or ':')) end++;
        return end > start && !char.IsDigit(text[start]) ? text[start..end] : null;
    }
}
