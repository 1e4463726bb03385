using System.Globalization;
using System.Text;
using Microsoft.Net.Http.Headers;

namespace ExpertGraph.Api.Downloads;

/// <summary>
/// File names of downloads: made safe to save anywhere (no path separators, reserved or control characters, no leading
/// dot, at most <see cref="MaxLength"/> characters), and sent as Content-Disposition: attachment with an ASCII
/// filename (other characters as '_') and the exact name as RFC 5987 filename* (UTF-8), which browsers prefer.
/// </summary>
public static class DownloadNames
{
    public const int MaxLength = 120;

    /// <summary>A safe file name of <paramref name="stem"/> (or <paramref name="fallback"/> when nothing of it is left) and <paramref name="extension"/> (".csv").</summary>
    public static string Safe(string stem, string extension, string fallback)
    {
        ArgumentNullException.ThrowIfNull(stem);
        var text = new StringBuilder(stem.Length);
        foreach (var rune in stem.Normalize(NormalizationForm.FormC).EnumerateRunes())
        {
            var category = Rune.GetUnicodeCategory(rune);
            var unsafeCharacter = rune.Value < 0x20 || category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate
                or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned
                || (rune.IsAscii && "\\/:*?\"<>|;%".Contains((char)rune.Value, StringComparison.Ordinal));
            text.Append(unsafeCharacter ? "_" : rune.ToString());
        }

        var name = text.ToString().Trim().TrimStart('.').Trim();
        if (name.Length == 0 || name.All(c => c == '_')) name = fallback;
        if (name.Length > MaxLength) name = name[..MaxLength].TrimEnd();
        if (char.IsHighSurrogate(name[^1])) name = name[..^1];
        return name + extension;
    }

    /// <summary>attachment; filename="ASCII form"; filename*=UTF-8''percent-encoded exact name.</summary>
    public static string ContentDisposition(string fileName)
    {
        var header = new ContentDispositionHeaderValue("attachment");
        header.SetHttpFileName(fileName);
        return header.ToString();
    }
}
