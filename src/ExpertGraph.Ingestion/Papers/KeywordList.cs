namespace ExpertGraph.Ingestion.Papers;

/// <summary>
/// Splits a keyword field: at semicolons (half- or full-width; CNKI doubles them) when it has any, else at commas, so
/// that "IFRS 2;Share-based payment" and "巴拿马,习近平," both split and a keyword with a comma inside a
/// semicolon list survives.
/// </summary>
internal static class KeywordList
{
    public static List<string> Split(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return [];
        char[] separators = text.AsSpan().IndexOfAny(';', '；') >= 0 ? [';', '；'] : [',', '，'];
        return text.Split(separators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(keyword => PaperText.CollapseWhitespace(keyword)!)
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }
}
