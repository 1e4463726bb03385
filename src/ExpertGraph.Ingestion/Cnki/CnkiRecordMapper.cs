using ExpertGraph.Ingestion.Normalization;
using System.Text.RegularExpressions;
using ExpertGraph.Core.Model;
using ExpertGraph.Core.Text;
using ExpertGraph.Ingestion.Papers;
using ExpertGraph.Ingestion.Reading;

namespace ExpertGraph.Ingestion.Cnki;

/// <summary>
/// Maps one NoteExpress record to a work. CNKI exports carry no record id, so the key is ("doi", doi) when a DOI is
/// given, ("cnipa", number) for a Chinese patent, else the <see cref="CitationKey"/> of title, year and first author,
/// the same key the BibTeX converted from the record gets.
/// </summary>
internal static partial class CnkiRecordMapper
{
    public static ReadResult Map(CnkiRecord record, RecordPosition position)
    {
        var type = record.Field(CnkiRecordSplitter.ReferenceType);
        if (type is null) return ReadResult.Rejected(position, "text before the first {Reference Type} line, not a record", record.RawText);
        if (record.Field("SrcDatabase") is { } database && database.Contains("年鉴", StringComparison.Ordinal))
            return ReadResult.Skipped(position, $"CNKI yearbook entry ({database}), a statistics table, not a work");
        var title = CnkiText.Clean(record.Field("Title"));
        if (title is null) return ReadResult.Rejected(position, $"{type} record without {{Title}}", record.RawText);

        var isPatent = type == "Patent";
        var isThesis = type == "Thesis";
        var authors = Authors(record, isPatent);
        var organizations = new List<AffiliationMention>();
        if (isPatent)
        {
            // The {Author Address} of a patent is the applicant's postal address, not an inventor's employer.
            organizations.AddRange(record.All("Subsidiary Author").SelectMany(HanAuthorNames.Split).Select(a => new AffiliationMention(a) { Organization = a }));
        }
        else
        {
            var addresses = record.All("Author Address").SelectMany(AuthorAddresses.Split).Select(AuthorAddresses.ToAffiliation).ToList();
            // A thesis names its university as publisher: its author studied there.
            if (addresses.Count == 0 && isThesis && record.Field("Publisher") is { } school) addresses.Add(new AffiliationMention(school) { Organization = school });
            authors = AuthorAddresses.Assign(authors, addresses, organizations);
        }

        var year = PublicationYear.From(record.Field("Year")) ?? PublicationYear.From(record.Field("Date"));
        var doi = ScholarlyIds.Doi(record.Field("DOI")) ?? DoiFromUrl(record.Field("URL"));
        var patentNumber = isPatent ? PatentNumber(record) : null;
        var key = doi is not null ? new SourceKey("doi", doi)
            : patentNumber is not null ? new SourceKey("cnipa", patentNumber)
            : CitationKey.Of(title, year, authors.FirstOrDefault()?.RawName);

        var work = new Work(key, isPatent ? WorkKind.Patent : WorkKind.Paper, title)
        {
            Abstract = CnkiText.Clean(record.Field("Abstract")),
            Keywords = KeywordList.Split(record.Field("Keywords")),
            Year = year,
            Venue = record.Field("Journal") ?? record.Field("Tertiary Title") ?? record.Field("Secondary Title") ?? record.Field("Publisher"),
            Language = LanguageCodes.ToIso6391(record.Field("Language")) ?? (ScriptDetector.ContainsHan(title) ? "zh" : null),
            Identifiers = Identifiers(record, type, doi, patentNumber),
            Authors = authors,
            Organizations = organizations,
        };
        return ReadResult.Ok(work, position);
    }

    /// <summary>
    /// Every {Author} line (one name each, or a list separated by ';' or ";;", and in hanzi lists also by commas), in order.
    /// An organization written as author keeps its whole name as family name.
    /// </summary>
    private static List<AuthorMention> Authors(CnkiRecord record, bool isPatent)
    {
        var mentions = new List<AuthorMention>();
        foreach (var line in record.All("Author"))
        {
            var names = ScriptDetector.ContainsHan(line)
                ? HanAuthorNames.Split(line)
                : line.Split([';', '；'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            foreach (var name in names.Where(n => n.Any(char.IsLetter)))
            {
                mentions.Add(new AuthorMention(name, mentions.Count + 1)
                {
                    Role = isPatent ? AuthorRole.Inventor : AuthorRole.Author,
                    Name = HanAuthorNames.OrganizationName(name),
                });
            }
        }

        return mentions;
    }

    private static List<WorkIdentifier> Identifiers(CnkiRecord record, string type, string? doi, string? patentNumber)
    {
        var identifiers = new List<WorkIdentifier>();
        if (doi is not null) identifiers.Add(new(IdentifierScheme.Doi, doi));
        if (patentNumber is not null) identifiers.Add(new(IdentifierScheme.PatentNumber, patentNumber));
        // {ISBN/ISSN} holds a journal's ISSN (not an id of the work) or a book's ISBN; a standard's {ISBN} is its number.
        foreach (var isbn in new[] { "ISBN/ISSN", "ISBN", "图书印刷版ISBN" }.SelectMany(name => Isbn.All(record.Field(name))).Distinct(StringComparer.Ordinal))
            identifiers.Add(new(IdentifierScheme.Isbn, isbn));
        if (type == "Standard" && record.Field("ISBN") is { } standard && !Isbn.All(standard).Any())
            identifiers.Add(new(IdentifierScheme.Other, standard));
        return identifiers;
    }

    /// <summary>CNKI writes a patent's publication number (CN108722921A) in {Notes} and again in {Type of Work}.</summary>
    private static string? PatentNumber(CnkiRecord record) =>
        new[] { record.Field("Notes"), record.Field("Type of Work") }.FirstOrDefault(v => v is not null && ChinesePatentNumber().IsMatch(v));

    private static string? DoiFromUrl(string? url) =>
        url is not null && url.Contains("doi.org/10.", StringComparison.OrdinalIgnoreCase) ? ScholarlyIds.Doi(url) : null;

    [GeneratedRegex(@"^CN\d{6,12}[A-Z]\d?$", RegexOptions.CultureInvariant)]
    private static partial Regex ChinesePatentNumber();
}
