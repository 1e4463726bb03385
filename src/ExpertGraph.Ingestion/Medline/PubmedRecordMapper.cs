using ExpertGraph.Ingestion.Normalization;
using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using ExpertGraph.Core.Model;
using ExpertGraph.Ingestion.Papers;
using ExpertGraph.Ingestion.Reading;

namespace ExpertGraph.Ingestion.Medline;

/// <summary>Maps one parsed PubMed record element (PubmedArticle, MedlineCitation, PubmedBookArticle, DeleteCitation) to a work.</summary>
internal static partial class PubmedRecordMapper
{
    public static ReadResult Map(XElement record, RecordPosition position, string rawText)
    {
        switch (record.Name.LocalName)
        {
            case "DeleteCitation" or "DeleteDocument":
                var pmids = record.Elements("PMID").Select(p => PaperText.CollapseWhitespace(p.Value)).OfType<string>().ToList();
                return ReadResult.Skipped(position, $"{record.Name.LocalName}: PubMed deletes PMID {string.Join(", ", pmids)}, not a work");
            case "PubmedBookArticle":
                return MapBook(record, position, rawText);
        }

        // A PubmedArticle holds its MedlineCitation and PubmedData; a MedlineCitationSet's records are citations alone.
        var citation = record.Name.LocalName == "MedlineCitation" ? record : record.Element("MedlineCitation");
        var pmid = PaperText.CollapseWhitespace(citation?.Element("PMID")?.Value);
        if (citation is null || pmid is null) return ReadResult.Rejected(position, "missing PMID", rawText);
        var article = citation.Element("Article");
        var title = MedlineTitle.Clean(XmlElementText.Of(article?.Element("ArticleTitle")))
                    ?? MedlineTitle.Clean(XmlElementText.Of(article?.Element("VernacularTitle")));
        if (article is null || title is null) return ReadResult.Rejected(position, $"PMID {pmid}: missing ArticleTitle", rawText);

        var journal = article.Element("Journal");
        var work = new Work(new SourceKey("pubmed", pmid), WorkKind.Paper, title)
        {
            Abstract = Abstract(article.Element("Abstract")) ?? EnglishOtherAbstract(citation),
            Keywords = Keywords(citation),
            Year = Year(journal?.Element("JournalIssue")?.Element("PubDate")) ?? Year(article.Element("ArticleDate")),
            Venue = Text(journal?.Element("Title")) ?? Text(citation.Element("MedlineJournalInfo")?.Element("MedlineTA")),
            Language = LanguageCodes.ToIso6391(Text(article.Element("Language"))),
            Identifiers = Identifiers(pmid, article, citation, record.Element("PubmedData")),
            Classifications = [.. MeshHeadings(citation), .. Grants(article)],
            Authors = PubmedAuthorList.Read(article.Element("AuthorList")),
        };
        return ReadResult.Ok(work, position);
    }

    /// <summary>A book or book chapter (NCBI Bookshelf): the chapter's title, else the book's, which is then no venue.</summary>
    private static ReadResult MapBook(XElement record, RecordPosition position, string rawText)
    {
        var document = record.Element("BookDocument");
        var pmid = PaperText.CollapseWhitespace(document?.Element("PMID")?.Value);
        if (document is null || pmid is null) return ReadResult.Rejected(position, "missing PMID", rawText);
        var book = document.Element("Book");
        var bookTitle = MedlineTitle.Clean(XmlElementText.Of(book?.Element("BookTitle")));
        var chapterTitle = MedlineTitle.Clean(XmlElementText.Of(document.Element("ArticleTitle")));
        var title = chapterTitle ?? bookTitle;
        if (title is null) return ReadResult.Rejected(position, $"PMID {pmid}: missing ArticleTitle and BookTitle", rawText);

        var work = new Work(new SourceKey("pubmed", pmid), WorkKind.Paper, title)
        {
            Abstract = Abstract(document.Element("Abstract")),
            Keywords = Keywords(document),
            Year = Year(book?.Element("PubDate")),
            Venue = chapterTitle is null ? null : bookTitle,
            Language = LanguageCodes.ToIso6391(Text(document.Element("Language"))),
            Identifiers = Identifiers(pmid, document, document, record.Element("PubmedBookData")),
            Classifications = [.. Grants(document)],
            Authors = PubmedAuthorList.Read(document.Elements("AuthorList").FirstOrDefault(l => (string?)l.Attribute("Type") != "editors")),
        };
        return ReadResult.Ok(work, position);
    }

    /// <summary>Every AbstractText part, each after its label ("METHODS: …"), as PubMed prints a structured abstract.</summary>
    private static string? Abstract(XElement? abstractElement)
    {
        if (abstractElement is null) return null;
        var parts = new List<string>();
        foreach (var part in abstractElement.Elements("AbstractText"))
        {
            var text = XmlElementText.Of(part);
            if (text is null) continue;
            var label = PaperText.CollapseWhitespace((string?)part.Attribute("Label"));
            parts.Add(label is null ? text : $"{label}: {text}");
        }

        return parts.Count == 0 ? null : string.Join(' ', parts);
    }

    // A citation without an English abstract of its own may carry one from another source (OtherAbstract Language="eng").
    private static string? EnglishOtherAbstract(XElement citation) =>
        citation.Elements("OtherAbstract")
            .Where(a => (string?)a.Attribute("Language") is null or "eng")
            .Select(Abstract)
            .FirstOrDefault(text => text is not null && !text.StartsWith("Abstract available from the publisher", StringComparison.Ordinal));

    private static List<string> Keywords(XElement parent) =>
        [.. parent.Elements("KeywordList").Elements("Keyword").Select(k => XmlElementText.Of(k)).OfType<string>().Distinct(StringComparer.Ordinal)];

    /// <summary>The year of a PubDate (Year, or the first year in a MedlineDate such as "2015 Oct-Dec") or an ArticleDate.</summary>
    private static int? Year(XElement? date)
    {
        var text = Text(date?.Element("Year")) ?? Text(date?.Element("MedlineDate"));
        return text is not null && FirstYear().Match(text) is { Success: true } match
            ? int.Parse(match.Value, NumberStyles.None, CultureInfo.InvariantCulture)
            : null;
    }

    private static List<WorkIdentifier> Identifiers(string pmid, XElement article, XElement citation, XElement? pubmedData)
    {
        var identifiers = new List<WorkIdentifier> { new(IdentifierScheme.Pmid, pmid) };
        var dois = article.Elements("ELocationID").Where(e => (string?)e.Attribute("EIdType") == "doi").Select(e => e.Value);
        var pmcids = citation.Elements("OtherID").Where(e => (string?)e.Attribute("Source") == "NLM").Select(e => e.Value);
        // Only the article's own ArticleIdList: the ReferenceList holds the cited works' ids.
        foreach (var id in pubmedData?.Element("ArticleIdList")?.Elements("ArticleId") ?? [])
        {
            switch ((string?)id.Attribute("IdType"))
            {
                case "doi": dois = dois.Append(id.Value); break;
                case "pmc": pmcids = pmcids.Append(id.Value); break;
            }
        }

        identifiers.AddRange(dois.Select(ScholarlyIds.Doi).OfType<string>().Distinct(StringComparer.Ordinal).Select(d => new WorkIdentifier(IdentifierScheme.Doi, d)));
        // OtherID Source="NLM" also holds NIHMS manuscript ids ("NIHMS711443 [Available on 01/01/17]"): only PMC ids count.
        identifiers.AddRange(pmcids.Select(p => PaperText.CollapseWhitespace(p)?.Split(' ')[0]).Where(p => p?.StartsWith("PMC", StringComparison.Ordinal) == true)
            .Select(ScholarlyIds.Pmcid).OfType<string>().Distinct(StringComparer.Ordinal).Select(p => new WorkIdentifier(IdentifierScheme.Pmcid, p)));
        return identifiers;
    }

    /// <summary>MeSH descriptors as ("MeSH", UI, name); qualifiers ("drug therapy") narrow a descriptor and are left out.</summary>
    private static IEnumerable<ClassificationCode> MeshHeadings(XElement citation) =>
        citation.Elements("MeshHeadingList").Elements("MeshHeading").Select(h => h.Element("DescriptorName"))
            .Select(d => (Ui: PaperText.CollapseWhitespace((string?)d?.Attribute("UI")), Name: Text(d)))
            .Where(d => d.Ui is not null)
            .DistinctBy(d => d.Ui, StringComparer.Ordinal)
            .Select(d => new ClassificationCode("MeSH", d.Ui!, d.Name));

    private static IEnumerable<ClassificationCode> Grants(XElement article) =>
        article.Elements("GrantList").Elements("Grant")
            .Select(g => GrantCode.Of(Text(g.Element("GrantID")), Text(g.Element("Agency"))))
            .OfType<ClassificationCode>()
            .Distinct();

    private static string? Text(XElement? element) => PaperText.CollapseWhitespace(element?.Value);

    [GeneratedRegex(@"\b(?:1[5-9]|20)\d\d\b", RegexOptions.CultureInvariant)]
    private static partial Regex FirstYear();
}
