using ExpertGraph.Ingestion.Normalization;
using System.Globalization;
using System.Xml.Linq;
using ExpertGraph.Core.Model;
using ExpertGraph.Ingestion.Papers;
using ExpertGraph.Ingestion.Reading;

namespace ExpertGraph.Ingestion.Medline;

/// <summary>Maps the &lt;front&gt; of a PMC JATS article (journal-meta and article-meta) to a work keyed by its PMCID.</summary>
internal static class JatsFrontMapper
{
    // The print (issue) date first, as PubMed's PubDate; the electronic one when there is no other.
    private static readonly string[] PublicationDateTypes = ["ppub", "collection", "epub-ppub", "pub", "epub", "epreprint"];

    public static ReadResult Map(XElement front, string? language, RecordPosition position, string rawText)
    {
        var meta = front.Element("article-meta");
        if (meta is null) return ReadResult.Rejected(position, "JATS <front> without <article-meta>", rawText);
        var pmcid = ScholarlyIds.Pmcid(ArticleId(meta, "pmc") ?? ArticleId(meta, "pmcid") ?? ArticleId(meta, "pmc-uid"));
        if (pmcid is null) return ReadResult.Rejected(position, "no PMC id (article-id pub-id-type=\"pmc\")", rawText);
        var titles = meta.Element("title-group");
        var title = XmlElementText.Of(titles?.Element("article-title"))
                    ?? XmlElementText.Of(titles?.Element("trans-title-group")?.Element("trans-title"));
        if (title is null) return ReadResult.Rejected(position, $"{pmcid}: missing article-title", rawText);

        var journal = front.Element("journal-meta");
        var work = new Work(new SourceKey("pmc", pmcid), WorkKind.Paper, title)
        {
            Abstract = JatsAbstract.Text(MainAbstract(meta)),
            Keywords = [.. meta.Elements("kwd-group")
                .Where(g => (string?)g.Attribute("kwd-group-type") is not { } type || !type.Contains("abbrev", StringComparison.OrdinalIgnoreCase))
                .Elements("kwd").Select(k => XmlElementText.Of(k)).OfType<string>().Distinct(StringComparer.Ordinal)],
            Year = Year(meta),
            Venue = XmlElementText.Of(journal?.Element("journal-title-group")?.Element("journal-title") ?? journal?.Element("journal-title"))
                    ?? journal?.Elements("journal-id").Where(j => (string?)j.Attribute("journal-id-type") == "nlm-ta").Select(j => XmlElementText.Of(j)).FirstOrDefault(),
            // JATS declares xml:lang="en" as the default of <article>.
            Language = LanguageCodes.ToIso6391(language) ?? "en",
            Identifiers = Identifiers(meta, pmcid),
            Classifications = [.. Grants(meta)],
            Authors = JatsContributors.Read(meta),
        };
        return ReadResult.Ok(work, position);
    }

    private static string? ArticleId(XElement meta, string type) =>
        meta.Elements("article-id").Where(a => (string?)a.Attribute("pub-id-type") == type).Select(a => PaperText.CollapseWhitespace(a.Value)).FirstOrDefault(v => v is not null);

    private static List<WorkIdentifier> Identifiers(XElement meta, string pmcid)
    {
        var identifiers = new List<WorkIdentifier> { new(IdentifierScheme.Pmcid, pmcid) };
        if (ScholarlyIds.Pmid(ArticleId(meta, "pmid")) is { } pmid) identifiers.Add(new(IdentifierScheme.Pmid, pmid));
        if (ScholarlyIds.Doi(ArticleId(meta, "doi")) is { } doi) identifiers.Add(new(IdentifierScheme.Doi, doi));
        return identifiers;
    }

    /// <summary>The article's abstract: the one without an abstract-type, else the first that is not a teaser or a table-of-contents blurb.</summary>
    private static XElement? MainAbstract(XElement meta)
    {
        var abstracts = meta.Elements("abstract").ToList();
        return abstracts.FirstOrDefault(a => a.Attribute("abstract-type") is null)
               ?? abstracts.FirstOrDefault(a => (string?)a.Attribute("abstract-type") is not ("teaser" or "toc" or "graphical"))
               ?? abstracts.FirstOrDefault();
    }

    private static int? Year(XElement meta)
    {
        var dates = meta.Elements("pub-date")
            .Select(d => (Type: (string?)d.Attribute("pub-type") ?? (string?)d.Attribute("date-type"), Year: PaperText.CollapseWhitespace(d.Element("year")?.Value)))
            .Where(d => d.Year is not null)
            .ToList();
        var chosen = PublicationDateTypes.Select(type => dates.FirstOrDefault(d => d.Type == type)).FirstOrDefault(d => d.Year is not null);
        var year = chosen.Year ?? dates.FirstOrDefault(d => d.Type != "pmc-release").Year ?? dates.FirstOrDefault().Year;
        return int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    private static IEnumerable<ClassificationCode> Grants(XElement meta)
    {
        foreach (var award in meta.Elements("funding-group").Elements("award-group"))
        {
            var agency = XmlElementText.Of(award.Element("funding-source"), "institution-id");
            var ids = award.Elements("award-id").Select(a => XmlElementText.Of(a)).OfType<string>().ToList();
            foreach (var code in ids.Count == 0 ? [GrantCode.Of(null, agency)] : ids.Select(id => GrantCode.Of(id, agency)))
                if (code is not null) yield return code;
        }
    }
}
