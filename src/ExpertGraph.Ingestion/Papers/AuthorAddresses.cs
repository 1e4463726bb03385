using System.Text.RegularExpressions;
using ExpertGraph.Core.Model;
using ExpertGraph.Core.Text;

namespace ExpertGraph.Ingestion.Papers;

/// <summary>
/// The address list of a record that names its authors' institutions apart from the authors (CNKI's {Author Address},
/// BibTeX's affiliation / authoraddress), split and tied to the authors. CNKI lists the institutions in the order of
/// the authors who first name them, each once, so:
/// as many addresses as authors → one each, in order; one address → every author (all share it); otherwise → the first
/// address to the first author, and the others, which cannot be tied to an author, to the work's organizations.
/// </summary>
internal static partial class AuthorAddresses
{
    /// <summary>
    /// The addresses of a field: split at semicolons (half- or full-width, CNKI doubles them); a field of hanzi
    /// addresses without a semicolon also at commas. A piece that is only a place and postcode ("湖北武汉430074", left
    /// by a line break inside the field) is no address: it completes the last address before it that has no postcode,
    /// or is dropped when every one has.
    /// </summary>
    public static List<string> Split(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return [];
        char[] separators = text.AsSpan().IndexOfAny(';', '；') >= 0 || !ScriptDetector.ContainsHan(text) ? [';', '；'] : [';', '；', ',', '，'];
        var addresses = new List<string>();
        foreach (var piece in text.Split(separators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var address = PaperText.CollapseWhitespace(piece)!;
            if (!PlaceAndPostcode().IsMatch(address))
            {
                addresses.Add(address);
                continue;
            }

            var withoutPlace = addresses.FindLastIndex(a => !EndsWithPostcode().IsMatch(a));
            if (withoutPlace >= 0) addresses[withoutPlace] += " " + address;
        }

        return addresses;
    }

    /// <summary>
    /// One address as an affiliation. A hanzi address is an organization name (CNKI's unit field): its organization is
    /// the text without CNKI's institution code ("|JG001257", kept as the source's institution id) and without a
    /// trailing place and postcode. A Latin-script address is a full postal address whose organization the source does
    /// not separate.
    /// </summary>
    public static AffiliationMention ToAffiliation(string address)
    {
        var bar = address.IndexOf('|', StringComparison.Ordinal);
        var code = bar >= 0 ? address[(bar + 1)..].Trim() : null;
        var text = bar >= 0 ? address[..bar].Trim() : address;
        if (!ScriptDetector.ContainsHan(text)) return new AffiliationMention(text) { SourceInstitutionId = NullIfEmpty(code) };
        var organization = TrailingPlaceAndPostcode().Replace(LeadingPostcode().Replace(text, string.Empty), string.Empty).Trim();
        return new AffiliationMention(text) { Organization = NullIfEmpty(organization), SourceInstitutionId = NullIfEmpty(code) };
    }

    /// <summary>The authors with their addresses by the rule above; <paramref name="unassigned"/> gets the addresses tied to no author.</summary>
    public static List<AuthorMention> Assign(List<AuthorMention> authors, List<AffiliationMention> addresses, List<AffiliationMention> unassigned)
    {
        if (addresses.Count == 0) return authors;
        if (authors.Count == 0)
        {
            unassigned.AddRange(addresses);
            return authors;
        }

        if (addresses.Count == authors.Count) return [.. authors.Select((author, i) => author with { Affiliations = [addresses[i]] })];
        if (addresses.Count == 1) return [.. authors.Select(author => author with { Affiliations = [addresses[0]] })];
        unassigned.AddRange(addresses.Skip(1));
        return [authors[0] with { Affiliations = [addresses[0]] }, .. authors.Skip(1)];
    }

    private static string? NullIfEmpty(string? text) => string.IsNullOrEmpty(text) ? null : text;

    /// <summary>"湖北武汉430074", "湖北 武汉 430074": hanzi of a place and a six-digit postcode, nothing else.</summary>
    [GeneratedRegex(@"^[\p{IsCJKUnifiedIdeographs}\s]{2,12}\d{6}$")]
    private static partial Regex PlaceAndPostcode();

    [GeneratedRegex(@"\d{6}$")]
    private static partial Regex EndsWithPostcode();

    /// <summary>" 湖北武汉430074" after the organization's name.</summary>
    [GeneratedRegex(@"\s+[\p{IsCJKUnifiedIdeographs}\s]{2,12}\d{6}$")]
    private static partial Regex TrailingPlaceAndPostcode();

    /// <summary>"241000 安徽省…": a postcode before the address.</summary>
    [GeneratedRegex(@"^\d{6}\s+")]
    private static partial Regex LeadingPostcode();
}
