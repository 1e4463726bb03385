using System.Globalization;

namespace ExpertGraph.Benchmarks.Synthetic;

/// <summary>
/// OpenAlex-shaped ids and ORCIDs, formatted into a caller's buffer (a million works have six million author ids).
/// Offsets keep the numbers in the ranges real OpenAlex ids use.
/// </summary>
internal static class OpenAlexIds
{
    public const long WorkOffset = 3_000_000_000;
    public const long AuthorOffset = 5_000_000_000;
    public const long InstitutionOffset = 100_000_000;
    public const long SourceOffset = 4_000_000_000;

    // ORCIDs 0000-0001-0000-000X to 0000-0003-9999-999X: 30 million, a bijection of the person index (7919 is prime).
    private const long OrcidSpace = 30_000_000;

    public static ReadOnlySpan<char> Format(Span<char> buffer, string prefix, long number)
    {
        prefix.CopyTo(buffer);
        number.TryFormat(buffer[prefix.Length..], out var written, provider: CultureInfo.InvariantCulture);
        return buffer[..(prefix.Length + written)];
    }

    public static ReadOnlySpan<char> Orcid(Span<char> buffer, int person)
    {
        const string prefix = "https://orcid.org/0000-000";
        var value = (person * 7919L + 1_234_567) % OrcidSpace;
        var digits = (stackalloc char[15]);
        "0000000".CopyTo(digits);
        digits[7] = (char)('1' + value / 10_000_000);
        var rest = value % 10_000_000;
        for (var i = 14; i >= 8; i--, rest /= 10) digits[i] = (char)('0' + rest % 10);

        // ISO 7064 MOD 11-2, the ORCID check character.
        var total = 0;
        foreach (var digit in digits) total = (total + digit - '0') * 2;
        var check = (12 - total % 11) % 11;

        prefix.CopyTo(buffer);
        var at = prefix.Length;
        buffer[at++] = digits[7];
        buffer[at++] = '-';
        digits.Slice(8, 4).CopyTo(buffer[at..]);
        at += 4;
        buffer[at++] = '-';
        digits.Slice(12, 3).CopyTo(buffer[at..]);
        at += 3;
        buffer[at++] = check == 10 ? 'X' : (char)('0' + check);
        return buffer[..at];
    }
}
