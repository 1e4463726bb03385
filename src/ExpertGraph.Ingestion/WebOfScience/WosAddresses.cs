using System.Text.RegularExpressions;
using ExpertGraph.Core.Model;
using ExpertGraph.Ingestion.Normalization;

namespace ExpertGraph.Ingestion.WebOfScience;

/// <summary>
/// C1 author addresses, "[Family, Given; Family, Given] Org, Sub-org, City ZIP, Country", given to the authors they name.
/// Records indexed before 2008 (and some since) list addresses without the bracketed names; such an unlinked address
/// goes to every author only when nothing else is possible: the record has one author, or one address and no linked
/// ones. Otherwise unlinked addresses are the work's <see cref="Work.Organizations"/> (where they are, not whose they
/// are), except that a reprint/corresponding author (RP) without an address of their own takes the unlinked address
/// of the organization RP gives for them (RP's own address is not used: it is often a street or a home address).
/// Countries are left to the normalizer, which reads them from the address's last part ("Peoples R China", "CA 94305
/// USA", "England", "Bosnia & Herceg").
/// </summary>
internal static partial class WosAddresses
{
    /// <summary>One C1 item: the names in its brackets (null when it has none) and its address.</summary>
    public sealed record Address(IReadOnlyList<string>? Names, string Text, long Line);

    /// <summary>The record's C1 addresses, or the reason the field is broken.</summary>
    public static List<Address> Parse(WosRecord record, out string? problem)
    {
        problem = null;
        var addresses = new List<Address>();
        foreach (var (item, line) in record.Items("C1"))
        {
            // A C1 line shaped like a cited reference ("Abraham M., 1909, RC CIRC MAT PALERMO, V28, P1") means the CR tag
            // before it was lost: the record's fields run into each other and cannot be trusted.
            if (CitedReference().IsMatch(item))
            {
                problem = $"C1 (addresses) holds a cited reference on line {line}: \"{Shorten(item)}\" (a lost CR tag?)";
                return addresses;
            }

            IReadOnlyList<string>? names = null;
            var text = item;
            if (item.StartsWith('['))
            {
                var close = item.IndexOf(']', StringComparison.Ordinal);
                if (close < 0)
                {
                    problem = $"C1 address on line {line} opens an author list with '[' and never closes it";
                    return addresses;
                }

                names = item[1..close].Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
                text = item[(close + 1)..];
            }

            text = text.Trim().TrimEnd('.').Trim();
            if (text.Length > 0) addresses.Add(new Address(names, text, line));
        }

        return addresses;
    }

    /// <summary>
    /// Each author's affiliations and the record-level organizations. <paramref name="rawNames"/> are the names as AF
    /// (or AU) writes them, <paramref name="names"/> their folded forms, <paramref name="shortNames"/> the AU forms RP uses.
    /// </summary>
    public static (List<AffiliationMention>[] ByAuthor, List<AffiliationMention> Organizations) Assign(
        IReadOnlyList<Address> addresses, IReadOnlyList<string> rawNames, IReadOnlyList<WosName> names, IReadOnlyList<WosName> shortNames, string? reprint)
    {
        var byAuthor = new List<AffiliationMention>[rawNames.Count];
        for (var i = 0; i < byAuthor.Length; i++) byAuthor[i] = [];
        var organizations = new List<AffiliationMention>();

        var unlinked = addresses.Where(a => a.Names is null).ToList();
        foreach (var address in addresses.Where(a => a.Names is not null))
            foreach (var name in address.Names!)
                foreach (var author in AuthorsNamed(name, rawNames, names))
                    Add(byAuthor[author], address.Text);

        if (unlinked.Count == 0 || rawNames.Count == 0)
        {
            organizations.AddRange(unlinked.Select(a => Mention(a.Text)));
            return (byAuthor, organizations);
        }

        if (rawNames.Count == 1 || (unlinked.Count == 1 && unlinked.Count == addresses.Count))
        {
            foreach (var list in byAuthor)
                foreach (var address in unlinked)
                    Add(list, address.Text);
            return (byAuthor, organizations);
        }

        organizations.AddRange(unlinked.Select(a => Mention(a.Text)));
        foreach (var (name, reprintAddress) in ReprintAuthors(reprint))
        {
            if (FindReprintAuthor(name, names, shortNames) is not { } author || byAuthor[author].Count > 0) continue;
            var organization = OrganizationKey(reprintAddress);
            if (organization.Length == 0) continue;
            foreach (var address in unlinked.Where(a => OrganizationKey(a.Text) == organization))
                Add(byAuthor[author], address.Text);
        }

        return (byAuthor, organizations);
    }

    /// <summary>
    /// RP's entries: "Marghetis, T (reprint author), Univ Calif San Diego, …, USA." or, several joined by "; ",
    /// "Wang, W (corresponding author), Huazhong Univ Sci &amp; Technol, …, Peoples R China.".
    /// </summary>
    public static List<(string Name, string Address)> ReprintAuthors(string? reprint)
    {
        var entries = new List<(string, string)>();
        if (reprint is null) return entries;
        var matches = ReprintName().Matches(reprint);
        for (var i = 0; i < matches.Count; i++)
        {
            var start = matches[i].Index + matches[i].Length;
            var end = i + 1 < matches.Count ? matches[i + 1].Index : reprint.Length;
            var address = reprint[start..end].Trim().TrimStart(',').Trim().TrimEnd(';', ' ').TrimEnd('.');
            entries.Add((matches[i].Groups["name"].Value.Trim(), address));
        }

        return entries;
    }

    /// <summary>An address as an affiliation: its first part is the organization ("Univ Calif San Diego").</summary>
    public static AffiliationMention Mention(string address)
    {
        var comma = address.IndexOf(',', StringComparison.Ordinal);
        var organization = (comma < 0 ? address : address[..comma]).Trim();
        return new AffiliationMention(address) { Organization = organization.Length > 0 ? organization : null };
    }

    private static int? FindReprintAuthor(string name, IReadOnlyList<WosName> names, IReadOnlyList<WosName> shortNames)
    {
        var parsed = WosName.Of(name);
        var same = Enumerable.Range(0, shortNames.Count).Where(i => shortNames[i].SameAs(parsed)).ToList();
        if (same.Count > 0) return same.Count == 1 ? same[0] : null;
        return WosAuthorIds.FindAuthor(parsed, names);
    }

    /// <summary>The authors a bracketed C1 name stands for: every author so written (two authors may share a name), else the one of that name.</summary>
    private static IEnumerable<int> AuthorsNamed(string name, IReadOnlyList<string> rawNames, IReadOnlyList<WosName> names)
    {
        var exact = Enumerable.Range(0, rawNames.Count).Where(i => string.Equals(rawNames[i], name, StringComparison.Ordinal)).ToList();
        if (exact.Count > 0) return exact;
        return WosAuthorIds.FindAuthor(WosName.Of(name), names) is { } author ? [author] : [];
    }

    private static void Add(List<AffiliationMention> list, string address)
    {
        if (!list.Exists(a => a.RawText == address)) list.Add(Mention(address));
    }

    private static string OrganizationKey(string address) => InstitutionNameNormalizer.Key(Mention(address).Organization ?? "");

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..80] + "…";

    /// <summary>"Author A, 1999, SOURCE…", "[ANONYMOUS], 1968, …", "1999, SOURCE": a cited reference, never an address.</summary>
    [GeneratedRegex(@"^(?:\[ANONYMOUS\]|[^,\[\]]+)?,?\s*(?:1[5-9]|20)\d\d, \S")]
    private static partial Regex CitedReference();

    [GeneratedRegex(@"(?<name>[^;()]+?)\s*\((?:reprint|corresponding) author\)", RegexOptions.IgnoreCase)]
    private static partial Regex ReprintName();
}
