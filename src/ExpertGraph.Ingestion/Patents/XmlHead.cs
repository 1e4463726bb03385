namespace ExpertGraph.Ingestion.Patents;

/// <summary>
/// The document type a file's first bytes announce, read as text without parsing: the name after "&lt;!DOCTYPE" (when
/// the DOCTYPE comes before any element) and the first element's name. Comments, processing instructions and the XML
/// declaration before them are passed over. What the patent readers' CanRead decide by.
/// </summary>
internal static class XmlHead
{
    /// <summary>The name after "&lt;!DOCTYPE", when a DOCTYPE comes before any element.</summary>
    public static string? DoctypeName(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        const string keyword = "<!DOCTYPE";
        var at = text.IndexOf(keyword, StringComparison.Ordinal);
        if (at < 0) return null;
        var element = FirstElementName(text, out var elementAt);
        if (element is not null && elementAt < at) return null;
        return NameAt(text, at + keyword.Length);
    }

    /// <summary>The name of the first element (a '&lt;' followed by a letter or '_').</summary>
    public static string? FirstElementName(string text) => FirstElementName(text, out _);

    private static string? FirstElementName(string text, out int at)
    {
        for (at = text.IndexOf('<', StringComparison.Ordinal); at >= 0 && at + 1 < text.Length; at = text.IndexOf('<', at + 1))
        {
            if (char.IsLetter(text[at + 1]) || text[at + 1] == '_') return NameAt(text, at + 1);
        }

        return null;
    }

    private static string? NameAt(string text, int start)
    {
        while (start < text.Length && char.IsWhiteSpace(text[start])) start++;
        var end = start;
        while (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] is '-' or '_' or '.' or ':')) end++;
        return end > start ? text[start..end] : null;
    }
}
