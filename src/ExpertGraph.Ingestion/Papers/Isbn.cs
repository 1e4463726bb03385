namespace ExpertGraph.Ingestion.Papers;

/// <summary>ISBNs in a field that may list several ("978-0-262-03384-8, 0262033844") and may hold an ISSN instead (CNKI's {ISBN/ISSN}).</summary>
internal static class Isbn
{
    /// <summary>Each ISBN-10 or ISBN-13 as written (hyphens kept); an ISSN (8 characters) or anything else is not one.</summary>
    public static IEnumerable<string> All(string? field)
    {
        if (string.IsNullOrWhiteSpace(field)) yield break;
        foreach (var candidate in field.Split([',', ';', '；', '，'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var isbn = candidate.StartsWith("ISBN", StringComparison.OrdinalIgnoreCase) ? candidate[4..].TrimStart(':', ' ') : candidate;
            var compact = isbn.Where(c => c is not ('-' or ' ')).ToArray();
            var isDigits = compact.Length > 0 && compact[..^1].All(char.IsAsciiDigit) && (char.IsAsciiDigit(compact[^1]) || compact[^1] is 'X' or 'x');
            if (isDigits && compact.Length is 10 or 13) yield return isbn;
        }
    }
}
