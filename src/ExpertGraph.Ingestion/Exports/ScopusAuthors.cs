using System.Text.RegularExpressions;
using ExpertGraph.Core.Model;
using ExpertGraph.Core.Names;
using ExpertGraph.Ingestion.Csv;
using ExpertGraph.Ingestion.Papers;

namespace ExpertGraph.Ingestion.Exports;

/// <summary>
/// The authors of one Scopus row, from the columns that describe them in parallel:
/// <list type="bullet">
/// <item>"Authors": short names, "Phillips J.C., Braun R." (up to 2022) or "Hao J.; High R." (2023 layout);</item>
/// <item>"Author(s) ID": Scopus author ids in the same order, "57202138757;7402220509;" or "57221302630; 6701683718";</item>
/// <item>"Author full names" (2023 layout only): "Hao, Jie (57221302630); High, Robin (6701683718)";</item>
/// <item>"Authors with affiliations": per author its name and addresses, "Phillips, J.C., Beckman Institute, …; Braun, R., …"
/// (up to 2022) or "Hao J., Department of …; …" (2023), several addresses of one author joined by ", ";</item>
/// <item>"Affiliations": the row's distinct addresses, "; "-separated, which tell where one address ends and the next begins.</item>
/// </list>
/// A column is used only when it lists as many authors as "Authors" (else it cannot be aligned and is ignored); addresses
/// that cannot be tied to an author are returned apart, for the work's organizations.
/// </summary>
internal static partial class ScopusAuthors
{
    public static (List<AuthorMention> Authors, List<AffiliationMention> Unassigned) Map(CsvRow row)
    {
        var authorsField = row.Get("Authors");
        var shortNames = ExportText.IsPlaceholder(authorsField) ? [] : ShortNames(authorsField!);
        // Up to 2022 short names are comma-separated and entries of "Authors with affiliations" start "Family, Given, ".
        var invertedEntries = authorsField?.Contains(';', StringComparison.Ordinal) != true && !row.Columns.Has("Author full names");
        var fullNames = ExportText.IsPlaceholder(row.Get("Author full names")) ? [] : FullNames(row.Get("Author full names")!);
        var count = shortNames.Count > 0 ? shortNames.Count : fullNames.Count;
        if (fullNames.Count != count) fullNames = [];
        var ids = ExportText.IsPlaceholder(row.Get("Author(s) ID")) ? [] : ExportText.Split(row.Get("Author(s) ID"), ";");
        if (ids.Count != count) ids = fullNames.Count == count && fullNames.All(f => f.Id is not null) ? [.. fullNames.Select(f => f.Id!)] : [];

        var addresses = ExportText.Split(row.Get("Affiliations"), "; ").Distinct(StringComparer.Ordinal).ToList();
        var segments = ExportText.Split(row.Get("Authors with affiliations"), "; ");
        var aligned = segments.Count == count;

        var authors = new List<AuthorMention>(count);
        for (var i = 0; i < count; i++)
        {
            var shortName = shortNames.Count > 0 ? shortNames[i] : null;
            var fullName = fullNames.Count > 0 ? fullNames[i].Name : null;
            var (rawName, name) = Name(shortName, fullName);
            if (name is null && aligned && invertedEntries && InvertedFromEntry(segments[i], shortName) is { } inverted) (rawName, name) = (inverted, null);
            authors.Add(new AuthorMention(rawName, i + 1)
            {
                Name = name,
                SourceAuthorId = ids.Count > 0 ? ids[i] : null,
                Affiliations = aligned ? AuthorAddresses(segments[i], addresses, shortName, fullName, invertedEntries) : [],
            });
        }

        List<AffiliationMention> unassigned = aligned && count > 0 ? [] : [.. addresses.Select(AffiliationText.Mention).OfType<AffiliationMention>()];
        return (authors, unassigned);
    }

    /// <summary>Short names separated by "; " (2023 layout) or ", " (earlier: a short name holds no comma).</summary>
    internal static List<string> ShortNames(string field) =>
        field.Contains(';', StringComparison.Ordinal) ? ExportText.Split(field, ";") : ExportText.Split(field, ", ");

    /// <summary>"Hao, Jie (57221302630); High, Robin (6701683718)" → names and ids.</summary>
    internal static List<(string Name, string? Id)> FullNames(string field) =>
        [.. ExportText.Split(field, "; ").Select(entry => FullNameWithId().Match(entry) is { Success: true } match
            ? (match.Groups["name"].Value.Trim(), (string?)match.Groups["id"].Value)
            : (entry, null))];

    /// <summary>
    /// The raw name kept for a mention, and its parsed name. Every later stage re-parses raw names on their own (name
    /// blocks, co-author keys), so a short name "Phillips J.C." is kept inverted, "Phillips, J.C." (the form Scopus itself
    /// writes in "Authors with affiliations"), which parses family-first; the full name "Hao, Jie" wins where given.
    /// </summary>
    internal static (string RawName, PersonName? Name) Name(string? shortName, string? fullName)
    {
        if (fullName is not null) return (fullName, PersonNameParser.TryParse(fullName, out var full) ? full : null);
        if (ShortName().Match(shortName!) is { Success: true } match)
        {
            var inverted = match.Groups["family"].Value + ", " + match.Groups["initials"].Value.Trim();
            return (inverted, PersonNameParser.TryParse(inverted, out var parsed) ? parsed : null);
        }

        return (shortName!, null);
    }

    /// <summary>
    /// A short name without initials ("Janko Wolfgang") is family-first like every Scopus short name, but where the family
    /// name ends is not written in it; the author's entry in "Authors with affiliations" ("Janko, Wolfgang, Univ …") says.
    /// </summary>
    private static string? InvertedFromEntry(string segment, string? shortName)
    {
        var parts = segment.Split(", ", 3);
        return shortName is not null && parts.Length >= 2 && string.Equals(parts[0] + " " + parts[1], shortName, StringComparison.Ordinal)
            ? parts[0] + ", " + parts[1]
            : null;
    }

    /// <summary>
    /// The addresses of one author from its "Authors with affiliations" entry. The name ends where the rest of the entry
    /// is made of whole "Affiliations" addresses joined by ", " (found even when Scopus left out the separator, as in
    /// "Burnett, R.T.University of Ottawa, …"); without such a split, the known spellings of the name are cut off and the
    /// rest is one address.
    /// </summary>
    internal static List<AffiliationMention> AuthorAddresses(
        string segment, IReadOnlyList<string> addresses, string? shortName, string? fullName, bool invertedEntries)
    {
        var texts = SplitAfterName(segment, addresses, shortName, fullName, invertedEntries);
        return [.. texts.Select(AffiliationText.Mention).OfType<AffiliationMention>()];
    }

    private static List<string> SplitAfterName(
        string segment, IReadOnlyList<string> addresses, string? shortName, string? fullName, bool invertedEntries)
    {
        if (addresses.Count > 0)
        {
            // First at ", " boundaries, then anywhere (a missing separator).
            for (var pass = 0; pass < 2; pass++)
            {
                for (var start = 1; start < segment.Length; start++)
                {
                    if (pass == 0 && !(start >= 2 && segment[start - 2] == ',' && segment[start - 1] == ' ')) continue;
                    if (Cover(segment.AsSpan(start), addresses) is { } cover) return cover;
                }
            }
        }

        string[] prefixes = [.. new[] { shortName, shortName is null ? null : Name(shortName, null).RawName, fullName }.OfType<string>()];
        foreach (var prefix in prefixes)
        {
            if (segment.Equals(prefix, StringComparison.Ordinal)) return [];
            if (segment.StartsWith(prefix + ",", StringComparison.Ordinal)) return Rest(segment[(prefix.Length + 1)..]);
        }

        // An unknown spelling of the name: "Family, Given, address" (up to 2022) or "Family G., address" (2023).
        var parts = segment.Split(", ");
        var nameParts = invertedEntries ? 2 : 1;
        return parts.Length > nameParts ? Rest(string.Join(", ", parts[nameParts..])) : [];
    }

    private static List<string> Rest(string rest) => PaperText.CollapseWhitespace(rest) is { } text ? [text] : [];

    /// <summary>The addresses that, joined by ", ", make up <paramref name="text"/> exactly (longest first), or null.</summary>
    private static List<string>? Cover(ReadOnlySpan<char> text, IReadOnlyList<string> addresses)
    {
        text = text.Trim();
        if (text.IsEmpty) return null;
        string? best = null;
        List<string>? bestRest = null;
        foreach (var address in addresses)
        {
            if (!text.StartsWith(address, StringComparison.Ordinal) || (best is not null && address.Length <= best.Length)) continue;
            if (text.Length == address.Length)
            {
                (best, bestRest) = (address, []);
                continue;
            }

            var after = text[address.Length..];
            if (!after.StartsWith(", ", StringComparison.Ordinal)) continue;
            if (Cover(after[2..], addresses) is { } rest) (best, bestRest) = (address, rest);
        }

        return best is null ? null : [best, .. bestRest!];
    }

    [GeneratedRegex(@"^(?<name>.+?)\s*\((?<id>\d+)\)$", RegexOptions.CultureInvariant)]
    private static partial Regex FullNameWithId();

    /// <summary>"Phillips J.C.", "Siu K.-C.", "Peng Ngo T.", "Kalé L.": a family name, then initials with dots.</summary>
    [GeneratedRegex(@"^(?<family>.+?)\s+(?<initials>(?:\p{Lu}\p{Ll}?\.[\s-]*)+)$", RegexOptions.CultureInvariant)]
    private static partial Regex ShortName();
}
