using System.Xml.Linq;
using ExpertGraph.Core.Model;
using ExpertGraph.Core.Names;
using ExpertGraph.Ingestion.Papers;

namespace ExpertGraph.Ingestion.Medline;

/// <summary>
/// The persons of a PubMed AuthorList, in order: LastName and ForeName (or Initials) as the split name, each
/// AffiliationInfo as an affiliation (its trailing email moved to the author), an ORCID Identifier. A CollectiveName
/// ("Brain Development Cooperative Group") names no person and is left out, as are authors marked ValidYN="N".
/// </summary>
internal static class PubmedAuthorList
{
    public static List<AuthorMention> Read(XElement? authorList)
    {
        var mentions = new List<AuthorMention>();
        foreach (var author in authorList?.Elements("Author") ?? [])
        {
            if ((string?)author.Attribute("ValidYN") == "N") continue;
            var family = Text(author.Element("LastName"));
            if (family is null) continue;
            var given = Text(author.Element("ForeName")) ?? Text(author.Element("Initials")) ?? "";
            var rawName = string.Join(' ', new[] { given, family, Text(author.Element("Suffix")) }.Where(part => !string.IsNullOrEmpty(part)));

            string? email = null;
            var affiliations = new List<AffiliationMention>();
            // AffiliationInfo since 2014; a lone Affiliation element before that.
            foreach (var info in author.Elements("AffiliationInfo").Append(author))
            {
                var (affiliation, found) = AffiliationEmail.Split(info.Element("Affiliation")?.Value);
                email ??= found;
                if (affiliation is null) continue;
                affiliations.Add(new AffiliationMention(affiliation) { SourceInstitutionId = Identifier(info, "ROR") });
            }

            mentions.Add(new AuthorMention(rawName, mentions.Count + 1)
            {
                Name = new PersonName(family, given, PersonNames.ScriptOf(rawName)),
                Affiliations = affiliations,
                Email = email,
                Orcid = ScholarlyIds.Orcid(Identifier(author, "ORCID")?.Replace(" ", "", StringComparison.Ordinal)),
            });
        }

        return mentions;
    }

    private static string? Identifier(XElement element, string source) =>
        element.Elements("Identifier").Where(i => (string?)i.Attribute("Source") == source).Select(Text).FirstOrDefault(id => id is not null);

    private static string? Text(XElement? element) => PaperText.CollapseWhitespace(element?.Value);
}
