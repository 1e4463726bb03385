namespace ExpertGraph.Ingestion.Cnki;

/// <summary>
/// CNKI's marks in field text: "(#br)" is a line break, "&lt;正&gt;" opens an excerpt of the body text (given as the
/// abstract when a paper has none), "Abstract(#br)" heads an English abstract, and a cut-off abstract may end in half
/// a character (U+FFFD).
/// </summary>
internal static class CnkiText
{
    public static string? Clean(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var text = value.Trim();
        if (text.StartsWith("Abstract(#br)", StringComparison.OrdinalIgnoreCase)) text = text["Abstract(#br)".Length..];
        if (text.StartsWith("<正>", StringComparison.Ordinal)) text = text["<正>".Length..];
        text = text.Replace("(#br)", " ", StringComparison.Ordinal).TrimEnd('\uFFFD').Trim();
        return text.Length == 0 ? null : text;
    }
}
