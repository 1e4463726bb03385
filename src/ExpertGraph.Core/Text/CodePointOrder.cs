namespace ExpertGraph.Core.Text;

/// <summary>
/// Strings compared by Unicode code point, the order of their UTF-8 bytes: how SQLite's BINARY collation and PostgreSQL's
/// "C" collation sort text. <see cref="string.CompareOrdinal(string, string)"/> compares UTF-16 code units instead, which
/// differs where a surrogate pair (U+10000 and above) meets a character from U+E000 to U+FFFF.
/// </summary>
public static class CodePointOrder
{
    public static int Compare(string? a, string? b)
    {
        if (ReferenceEquals(a, b)) return 0;
        if (a is null) return -1;
        if (b is null) return 1;
        var length = Math.Min(a.Length, b.Length);
        var at = a.AsSpan(0, length).CommonPrefixLength(b.AsSpan(0, length));
        if (at == length) return a.Length.CompareTo(b.Length);
        return Rank(a[at]).CompareTo(Rank(b[at]));
    }

    /// <summary>A code unit's rank in code point order: surrogates (which stand for U+10000 and above) after U+FFFF.</summary>
    private static int Rank(char c) => c switch
    {
        >= '\uE000' => c - 0x800,
        >= '\uD800' => c + 0x2000,
        _ => c,
    };
}
