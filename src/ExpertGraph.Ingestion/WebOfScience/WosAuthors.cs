using ExpertGraph.Core.Model;
using ExpertGraph.Core.Names;

namespace ExpertGraph.Ingestion.WebOfScience;

/// <summary>
/// The author mentions of a record: AF's full names ("Marghetis, Tyler", split at the comma) in order, each with AU's short form
/// ("Marghetis, T") standing in where AF is missing; a book record without authors takes its book authors (BF, BA).
/// Group authors (CA) are not persons and editors (BE) did not write the paper: neither becomes a mention. Each
/// mention gets its C1 addresses (<see cref="WosAddresses"/>), an e-mail address (<see cref="WosEmails"/>), a
/// ResearcherID as the source's author id and an ORCID (<see cref="WosAuthorIds"/>).
/// </summary>
internal static class WosAuthors
{
    public static (List<AuthorMention> Authors, List<AffiliationMention> Organizations) Map(WosRecord record, IReadOnlyList<WosAddresses.Address> addresses)
    {
        var (full, brief) = (record.Items("AF"), record.Items("AU"));
        if (full.Count == 0 && brief.Count == 0) (full, brief) = (record.Items("BF"), record.Items("BA"));

        var count = Math.Max(full.Count, brief.Count);
        var rawNames = new string[count];
        for (var i = 0; i < count; i++) rawNames[i] = i < full.Count ? full[i].Text : brief[i].Text;
        var names = rawNames.Select(WosName.Of).ToArray();
        // RP names authors in AU's short form; a record without AU has only the full names to offer.
        var shortNames = brief.Count == count ? brief.Select(b => WosName.Of(b.Text)).ToArray() : names;

        var (affiliations, organizations) = WosAddresses.Assign(addresses, rawNames, names, shortNames, record.Text("RP"));
        var emails = WosEmails.Match(WosEmails.Parse(record.Items("EM")), names);
        var researcherIds = WosAuthorIds.Match(record.Items("RI"), names, WosAuthorIds.ResearcherId);
        var orcids = WosAuthorIds.Match(record.Items("OI"), names, WosAuthorIds.Orcid);

        var authors = new List<AuthorMention>(count);
        for (var i = 0; i < count; i++)
        {
            authors.Add(new AuthorMention(rawNames[i], i + 1)
            {
                // "Family, Given[, Suffix]": the first comma splits the name; the parser drops the suffix ("Roach, Mack, III").
                Name = PersonNameParser.TryParse(rawNames[i], out var name) ? name : null,
                Affiliations = affiliations[i],
                Email = emails[i],
                SourceAuthorId = researcherIds[i],
                Orcid = orcids[i],
            });
        }

        return (authors, organizations);
    }
}
