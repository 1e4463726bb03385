using ExpertGraph.Ingestion.Normalization;
using System.Text.RegularExpressions;
using ExpertGraph.Core.Model;
using ExpertGraph.Core.Text;
using ExpertGraph.Ingestion.Cnki;
using ExpertGraph.Ingestion.Papers;
using ExpertGraph.Ingestion.Reading;

namespace ExpertGraph.Ingestion.Bibtex;

/// <summary>
/// Maps one BibTeX or BibLaTeX entry to a work. Key: ("openalex", W-id) when the entry shows an OpenAlex id (as its
/// citation key, as OpenAlex's exports write it, in its url or an openalex field); else ("doi", doi); else the
/// <see cref="CitationKey"/> of its title, year and first author.
/// </summary>
internal static partial class BibtexWorkMapper
{
    /// <summary>Entry types that hold or edit a whole volume: their editors edited this work, not a container of it.</summary>
    private static readonly HashSet<string> EditedVolumes = new(StringComparer.Ordinal)
    {
        "book", "mvbook", "collection", "mvcollection", "proceedings", "mvproceedings", "reference", "mvreference", "periodical",
    };

    public static ReadResult Map(BibtexEntry entry, RecordPosition position)
    {
        if (entry.Type is "xdata" or "set")
            return ReadResult.Skipped(position, $"BibLaTeX @{entry.Type} entry ({entry.Key}), a container of fields or entries, not a work");
        // CNKI's converter keeps the record's source database: a yearbook table is no work, as the NoteExpress reader says.
        if (LatexText.ToText(entry.Field("srcdatabase")) is { } database && database.Contains("年鉴", StringComparison.Ordinal))
            return ReadResult.Skipped(position, $"CNKI yearbook entry ({database}), a statistics table, not a work");
        var title = LatexText.ToText(entry.Field("title"));
        if (title is null) return ReadResult.Rejected(position, $"@{entry.Type}{{{entry.Key}}} has no title", entry.RawText);

        var year = PublicationYear.From(entry.Field("year")) ?? PublicationYear.From(entry.Field("date"));
        var isPatent = entry.Type == "patent";
        var authors = Authors(entry, isPatent);
        var organizations = new List<AffiliationMention>();
        var addresses = AuthorAddresses.Split(LatexText.ToText(entry.Field("affiliation") ?? entry.Field("affiliations") ?? entry.Field("authoraddress")))
            .Select(AuthorAddresses.ToAffiliation).ToList();
        // A thesis's author studied at its school.
        if (addresses.Count == 0 && entry.Type.Contains("thesis", StringComparison.Ordinal) && LatexText.ToText(entry.Field("school")) is { } school)
            addresses.Add(new AffiliationMention(school) { Organization = school });
        authors = AuthorAddresses.Assign(authors, addresses, organizations);
        if (isPatent) organizations.AddRange(BibtexNames.Read(entry.Field("holder"), AuthorRole.Author, 1).Select(h => new AffiliationMention(h.RawName) { Organization = h.RawName }));

        var openAlexId = OpenAlexId(entry);
        var doi = Doi(entry);
        var key = openAlexId is not null ? new SourceKey("openalex", openAlexId)
            : doi is not null ? new SourceKey("doi", doi)
            : CitationKey.Of(title, year, authors.FirstOrDefault()?.RawName);

        var work = new Work(key, isPatent ? WorkKind.Patent : WorkKind.Paper, title)
        {
            // CNKI's marks survive its conversion to BibTeX ("Abstract(#br)…", "<正>…").
            Abstract = CnkiText.Clean(LatexText.ToText(entry.Field("abstract"))),
            Keywords = KeywordList.Split(LatexText.ToText(entry.Field("keywords") ?? entry.Field("keyword"))),
            Year = year,
            Venue = Venue(entry),
            Language = LanguageCodes.ToIso6391(LatexText.ToText(entry.Field("langid") ?? entry.Field("language")))
                ?? (ScriptDetector.ContainsHan(title) ? "zh" : null),
            Identifiers = Identifiers(entry, openAlexId, doi),
            Authors = authors,
            Organizations = organizations,
        };
        return ReadResult.Ok(work, position);
    }

    /// <summary>
    /// Authors (inventors of a patent), then the editors of an edited volume. "Null" is what CNKI's converter writes
    /// for a record without authors.
    /// </summary>
    private static List<AuthorMention> Authors(BibtexEntry entry, bool isPatent)
    {
        var author = entry.Field("author");
        var mentions = author is null || author.Trim() == "Null" ? [] : BibtexNames.Read(author, isPatent ? AuthorRole.Inventor : AuthorRole.Author, 1);
        if (EditedVolumes.Contains(entry.Type)) mentions.AddRange(BibtexNames.Read(entry.Field("editor"), AuthorRole.Editor, mentions.Count + 1));
        return mentions;
    }

    /// <summary>Journal, book or event; for a thesis or report the school or institution; the publisher last (books, CNKI's newspapers).</summary>
    private static string? Venue(BibtexEntry entry)
    {
        string[] names = entry.Type.Contains("thesis", StringComparison.Ordinal) || entry.Type == "techreport" || entry.Type == "report"
            ? ["school", "institution", "publisher"]
            : ["journaltitle", "journal", "booktitle", "eventtitle", "series", "secondarytitle", "publisher"];
        return names.Select(name => LatexText.ToText(entry.Field(name))).FirstOrDefault(venue => venue is not null);
    }

    private static string? OpenAlexId(BibtexEntry entry)
    {
        foreach (var candidate in new[] { entry.Key, entry.Field("openalex"), entry.Field("url") })
            if (candidate is not null && OpenAlexWorkId().Match(candidate) is { Success: true } match) return match.Groups["id"].Value;
        return null;
    }

    private static string? Doi(BibtexEntry entry)
    {
        var doi = ScholarlyIds.Doi(LatexText.Verbatim(entry.Field("doi")));
        if (doi is not null) return doi;
        var url = LatexText.Verbatim(entry.Field("url"));
        return url is not null && DoiLink().IsMatch(url) ? ScholarlyIds.Doi(url) : null;
    }

    private static List<WorkIdentifier> Identifiers(BibtexEntry entry, string? openAlexId, string? doi)
    {
        var identifiers = new List<WorkIdentifier>();
        if (openAlexId is not null) identifiers.Add(new(IdentifierScheme.OpenAlexId, openAlexId));
        if (doi is not null) identifiers.Add(new(IdentifierScheme.Doi, doi));
        var eprintType = LatexText.ToText(entry.Field("eprinttype") ?? entry.Field("archiveprefix"));
        if (string.Equals(eprintType, "arxiv", StringComparison.OrdinalIgnoreCase) && LatexText.Verbatim(entry.Field("eprint")) is { } arxiv)
            identifiers.Add(new(IdentifierScheme.ArxivId, arxiv));
        if (ScholarlyIds.Pmid(LatexText.Verbatim(entry.Field("pmid"))) is { } pmid) identifiers.Add(new(IdentifierScheme.Pmid, pmid));
        if (ScholarlyIds.Pmcid(LatexText.Verbatim(entry.Field("pmcid"))) is { } pmcid) identifiers.Add(new(IdentifierScheme.Pmcid, pmcid));
        // An ISSN names the journal, not the work; ISBNs (several may be listed) name the book.
        foreach (var isbn in Isbn.All(LatexText.Verbatim(entry.Field("isbn"))))
            identifiers.Add(new(IdentifierScheme.Isbn, isbn));
        return identifiers;
    }

    /// <summary>"https://openalex.org/W100927044", "W100927044", "openalex:W100927044": the whole value is the id.</summary>
    [GeneratedRegex(@"^\s*(?:https?://(?:api\.)?openalex\.org/(?:works/)?|openalex:)?(?<id>W\d{5,})\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OpenAlexWorkId();

    [GeneratedRegex(@"^https?://(?:dx\.)?doi\.org/10\.", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DoiLink();
}
