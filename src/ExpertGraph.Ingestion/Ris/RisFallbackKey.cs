using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ExpertGraph.Ingestion.Ris;

/// <summary>
/// The key of a RIS record without a DOI: RIS has no record id of its own that survives a re-export (ID and AN are
/// per-export or per-database), so the record is keyed by what identifies the work. The id is the first 32 hex digits
/// of the SHA-256 of "title|year|first author", each part reduced to its lower-case letters and digits after NFKC
/// (so case, punctuation, spacing and full-width forms do not change it; a missing year or author is empty). The same
/// work exported twice gets the same key; a corrected title gets a new one.
/// </summary>
internal static class RisFallbackKey
{
    public static string Of(string title, int? year, string? firstAuthor)
    {
        var text = string.Join('|',
            Reduce(title),
            year?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
            Reduce(firstAuthor ?? string.Empty));
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text));
        return Convert.ToHexStringLower(hash.AsSpan(0, 16));
    }

    private static string Reduce(string value)
    {
        var reduced = new StringBuilder(value.Length);
        foreach (var c in value.Normalize(NormalizationForm.FormKC))
            if (char.IsLetterOrDigit(c)) reduced.Append(char.ToLowerInvariant(c));
        return reduced.ToString();
    }
}
