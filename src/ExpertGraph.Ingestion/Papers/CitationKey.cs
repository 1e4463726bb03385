using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ExpertGraph.Core.Model;
using ExpertGraph.Core.Names;

namespace ExpertGraph.Ingestion.Papers;

/// <summary>
/// The key of a bibliographic record that carries no id of its source (a BibTeX entry without OpenAlex id or DOI, a
/// CNKI export record): ("citation", the first 16 hex digits of SHA-256 over the title, the year and the first
/// author's family name). Each is folded first: NFKC, lower-case (invariant), accents off, everything but letters and
/// digits dropped, so punctuation, spacing, protection braces and "Knuth, D." vs "Donald Knuth" do not matter.
/// Ingesting a file twice gives the same keys; the same paper in two files (two people's .bib files, CNKI's .net
/// export and the BibTeX converted from it) is one work. A citation key is not used: it is only unique within one
/// file ("smith2020"), and the converters of one CNKI record name it differently. Different works with the same
/// title, year and first author family name share a key; the later record read replaces the earlier.
/// </summary>
internal static class CitationKey
{
    public const string Source = "citation";

    public static SourceKey Of(string title, int? year, string? firstAuthorRawName)
    {
        var family = firstAuthorRawName is not null && PersonNameParser.TryParse(firstAuthorRawName, out var name) ? name.Family : string.Empty;
        var text = Fold(title) + "\n" + (year?.ToString(CultureInfo.InvariantCulture) ?? string.Empty) + "\n" + Fold(family);
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text));
        return new SourceKey(Source, Convert.ToHexStringLower(hash.AsSpan(0, 8)));
    }

    internal static string Fold(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormKC).ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
            if (char.IsLetterOrDigit(c)) folded.Append(c);
        return folded.ToString();
    }
}
