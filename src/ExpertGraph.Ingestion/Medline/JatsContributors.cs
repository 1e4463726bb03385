using System.Xml.Linq;
using ExpertGraph.Core.Model;
using ExpertGraph.Core.Names;
using ExpertGraph.Ingestion.Papers;

namespace ExpertGraph.Ingestion.Medline;

/// <summary>
/// The authors of a JATS article-meta, in order: contrib-type="author" contribs of every contrib-group with a
/// surname and given-names (a &lt;collab&gt; names no person and is left out; editors are not authors of the
/// article). Affiliations come from the contrib's own &lt;aff&gt; and the affs its xref ref-type="aff" point to;
/// a contrib without either gets the affs that no xref points to, the layout of single-affiliation articles.
/// </summary>
internal static class JatsContributors
{
    public static List<AuthorMention> Read(XElement meta)
    {
        var affsById = meta.Descendants("aff").Where(a => a.Attribute("id") is not null)
            .GroupBy(a => (string)a.Attribute("id")!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var referenced = meta.Descendants("xref").Where(x => (string?)x.Attribute("ref-type") == "aff").SelectMany(ReferencedIds).ToHashSet(StringComparer.Ordinal);
        var unreferenced = meta.Descendants("aff")
            .Where(a => !a.Ancestors("contrib").Any() && ((string?)a.Attribute("id") is not { } id || !referenced.Contains(id)))
            .ToList();
        var corresponding = CorrespondingEmails(meta);

        var mentions = new List<AuthorMention>();
        foreach (var contrib in meta.Elements("contrib-group").Elements("contrib"))
        {
            if ((string?)contrib.Attribute("contrib-type") is { } type && type != "author") continue;
            var name = contrib.Element("name") ?? contrib.Element("name-alternatives")?.Element("name");
            var family = XmlElementText.Of(name?.Element("surname"));
            var rawName = Display(name, family) ?? XmlElementText.Of(contrib.Element("string-name"));
            if (rawName is null) continue;

            var xrefs = contrib.Elements("xref").ToList();
            var affs = contrib.Elements("aff")
                .Concat(xrefs.Where(x => (string?)x.Attribute("ref-type") == "aff").SelectMany(ReferencedIds).Select(id => affsById.GetValueOrDefault(id)).OfType<XElement>())
                .ToList();
            if (affs.Count == 0) affs = unreferenced;

            mentions.Add(new AuthorMention(rawName, mentions.Count + 1)
            {
                Name = family is null ? null : new PersonName(family, XmlElementText.Of(name!.Element("given-names")) ?? "", PersonNames.ScriptOf(rawName)),
                Affiliations = [.. affs.Distinct().Select(Affiliation).OfType<AffiliationMention>()],
                Email = Email(contrib.Descendants("email").FirstOrDefault())
                        ?? xrefs.Where(x => (string?)x.Attribute("ref-type") == "corresp").SelectMany(ReferencedIds).Select(corresponding.GetValueOrDefault).FirstOrDefault(e => e is not null),
                Orcid = contrib.Elements("contrib-id").Where(c => (string?)c.Attribute("contrib-id-type") == "orcid")
                    .Select(c => ScholarlyIds.Orcid(PaperText.CollapseWhitespace(c.Value))).FirstOrDefault(o => o is not null),
            });
        }

        return mentions;
    }

    /// <summary>"Given Family", or "Family Given" for name-style="eastern" (hanzi without the space).</summary>
    private static string? Display(XElement? name, string? family)
    {
        if (name is null || family is null) return null;
        var given = XmlElementText.Of(name.Element("given-names"));
        var suffix = XmlElementText.Of(name.Element("suffix"));
        if (given is null) return suffix is null ? family : $"{family} {suffix}";
        if ((string?)name.Attribute("name-style") != "eastern") return suffix is null ? $"{given} {family}" : $"{given} {family} {suffix}";
        return PersonNames.ScriptOf(family + given) == NameScript.Han ? family + given : $"{family} {given}";
    }

    /// <summary>The text of an aff without its label, footnote marks and ids; its institution and stated country when tagged.</summary>
    private static AffiliationMention? Affiliation(XElement aff)
    {
        var text = XmlElementText.Of(aff, "label", "sup", "institution-id", "email", "xref");
        if (text is null) return null;
        var institution = aff.Descendants("institution")
            .FirstOrDefault(i => (string?)i.Attribute("content-type") is not ("dept" or "department" or "division"));
        var country = (string?)aff.Element("country")?.Attribute("country");
        return new AffiliationMention(text)
        {
            Organization = XmlElementText.Of(institution),
            CountryCode = country is { Length: 2 } && country.All(char.IsAsciiLetter) ? country.ToUpperInvariant() : null,
            SourceInstitutionId = aff.Descendants("institution-id").Where(i => (string?)i.Attribute("institution-id-type") is "ror" or "ROR")
                .Select(i => PaperText.CollapseWhitespace(i.Value)).FirstOrDefault(),
        };
    }

    /// <summary>The email of each author-notes corresp that holds exactly one and that one contrib alone points to, by the corresp's id.</summary>
    private static Dictionary<string, string?> CorrespondingEmails(XElement meta)
    {
        var single = meta.Elements("contrib-group").Elements("contrib")
            .SelectMany(c => c.Elements("xref").Where(x => (string?)x.Attribute("ref-type") == "corresp").SelectMany(ReferencedIds).Distinct(StringComparer.Ordinal))
            .GroupBy(id => id, StringComparer.Ordinal).Where(g => g.Count() == 1).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        return meta.Elements("author-notes").Elements("corresp")
            .Where(c => (string?)c.Attribute("id") is { } id && single.Contains(id) && c.Descendants("email").Count() == 1)
            .GroupBy(c => (string)c.Attribute("id")!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => Email(g.First().Descendants("email").First()), StringComparer.Ordinal);
    }

    private static string? Email(XElement? email) => PaperText.CollapseWhitespace(email?.Value)?.ToLowerInvariant();

    private static IEnumerable<string> ReferencedIds(XElement xref) =>
        ((string?)xref.Attribute("rid") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
