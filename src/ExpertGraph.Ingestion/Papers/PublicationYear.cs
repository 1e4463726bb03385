namespace ExpertGraph.Ingestion.Papers;

/// <summary>The year of a year or date field: its first four-digit number ("2019", "2019-01-09", "2019/2020", "c1998").</summary>
internal static class PublicationYear
{
    /// <summary>Null for no year, "Null" (CNKI converters) and "0000" (OpenAlex BibTeX exports of works without a date).</summary>
    public static int? From(string? text)
    {
        if (string.IsNullOrEmpty(text)) return null;
        for (var i = 0; i + 4 <= text.Length; i++)
        {
            if (!IsDigitsRun(text, i)) continue;
            var year = (text[i] - '0') * 1000 + (text[i + 1] - '0') * 100 + (text[i + 2] - '0') * 10 + (text[i + 3] - '0');
            return year >= 1000 ? year : null;
        }

        return null;
    }

    /// <summary>Exactly four digits at <paramref name="start"/>, not inside a longer number.</summary>
    private static bool IsDigitsRun(string text, int start)
    {
        if (start > 0 && char.IsAsciiDigit(text[start - 1])) return false;
        for (var i = start; i < start + 4; i++)
            if (!char.IsAsciiDigit(text[i])) return false;
        return start + 4 == text.Length || !char.IsAsciiDigit(text[start + 4]);
    }
}
