using System.Text.RegularExpressions;
using ExpertGraph.Core.Model;
using ExpertGraph.Core.Text;
using ExpertGraph.Ingestion.Exports;
using ExpertGraph.Ingestion.Papers;
using ExpertGraph.Ingestion.Reading;

namespace ExpertGraph.Ingestion.Ris;

/// <summary>
/// Maps one RIS record to a work. Tags read: TY (PAT is a patent, GRANT a project, anything else a paper), TI/T1/CT
/// title (BT for a book), AU/A1 authors and ED editors in order, AB/N2 abstract, PY/Y1/DA year, T2/JF/JO/JA/J2/J1/T3
/// venue, DO DOI (else a doi.org link in L3/UR), KW keywords, SN ISBN of a book, LA language, AD addresses. RIS ties
/// addresses to the record, not to an author: they go to a sole author, else to the work's organizations. Key: ("doi",
/// DOI) when there is one, else ("ris", <see cref="RisFallbackKey"/>).
/// </summary>
internal static partial class RisRecordMapper
{
    private static readonly char[] ListSeparators = [';', '；'];

    public static ReadResult Map(RisRawRecord record, RecordPosition position)
    {
        if (record.Error is not null) return ReadResult.Rejected(position, record.Error, record.RawText);
        var type = record.First("TY") ?? string.Empty;
        var title = PaperText.Clean(record.First("TI", "T1", "CT")) ?? (type is "BOOK" or "EDBOOK" ? PaperText.Clean(record.First("BT")) : null);
        if (title is null) return ReadResult.Rejected(position, "missing title (TI, T1)", record.RawText);

        var authors = Names(record, "AU", "A1");
        var editors = Names(record, "ED");
        var addresses = record.Values("AD").SelectMany(a => ExportText.Split(a, ";", "；"))
            .Distinct(StringComparer.Ordinal).Select(AffiliationText.Mention).OfType<AffiliationMention>().ToList();
        var sole = authors.Count + editors.Count == 1;
        var mentions = authors.Select(name => (name, AuthorRole.Author)).Concat(editors.Select(name => (name, AuthorRole.Editor)))
            .Select((mention, i) => new AuthorMention(mention.name, i + 1) { Role = mention.Item2, Affiliations = sole ? addresses : [] })
            .ToList();

        var year = ExportText.Year(record.First("PY", "Y1", "DA"));
        var doi = ScholarlyIds.Doi(record.First("DO")) ?? DoiFromLinks(record);
        var key = doi is not null ? new SourceKey("doi", doi) : new SourceKey("ris", RisFallbackKey.Of(title, year, mentions.FirstOrDefault()?.RawName));
        var work = new Work(key, Kind(type), title)
        {
            Abstract = PaperText.Clean(record.First("AB", "N2")),
            Keywords = [.. record.Values("KW").SelectMany(k => ExportText.Split(k, ";", "；")).Distinct(StringComparer.OrdinalIgnoreCase)],
            Year = year,
            Venue = PaperText.CollapseWhitespace(record.First("T2", "JF", "JO", "JA", "J2", "J1", "T3")),
            Language = ExportText.Language(record.First("LA")) ?? (ScriptDetector.ContainsHan(title) ? "zh" : null),
            Identifiers = Identifiers(record, type, doi),
            Authors = mentions,
            Organizations = sole ? [] : addresses,
        };
        return ReadResult.Ok(work, position);
    }

    /// <summary>
    /// Names of the tags in file order. CNKI-style exports put several names in one line ("张三;李四;"); IEEE's repeats a
    /// line now and then ("AU  - G. Kalbe" twice in a row), so a name equal to the one just before it is dropped.
    /// </summary>
    private static List<string> Names(RisRawRecord record, params string[] tags)
    {
        var names = new List<string>();
        foreach (var field in record.Fields.Where(f => tags.Contains(f.Tag, StringComparer.Ordinal)))
        {
            var parts = field.Value.IndexOfAny(ListSeparators) >= 0 ? ExportText.Split(field.Value, ";", "；") : ExportText.Split(field.Value, "\n");
            foreach (var name in parts)
                if (names.Count == 0 || !string.Equals(names[^1], name, StringComparison.Ordinal)) names.Add(name);
        }

        return names;
    }

    private static WorkKind Kind(string type) => type switch
    {
        "PAT" => WorkKind.Patent,
        "GRANT" => WorkKind.Project,
        _ => WorkKind.Paper,
    };

    private static string? DoiFromLinks(RisRawRecord record) =>
        record.Values("L3").Concat(record.Values("UR"))
            .Select(link => DoiLink().Match(link))
            .Where(match => match.Success)
            .Select(match => ScholarlyIds.Doi(match.Groups["doi"].Value))
            .FirstOrDefault(doi => doi is not null);

    private static List<WorkIdentifier> Identifiers(RisRawRecord record, string type, string? doi)
    {
        var identifiers = new List<WorkIdentifier>();
        if (doi is not null) identifiers.Add(new(IdentifierScheme.Doi, doi));
        // SN holds an ISSN for a serial and an ISBN for a book: only the latter names the work itself.
        if (type is "BOOK" or "EDBOOK" or "EBOOK")
        {
            foreach (var isbn in record.Values("SN").SelectMany(v => ExportText.Split(v, ";")).Where(v => Isbn().IsMatch(v)).Distinct(StringComparer.Ordinal))
                identifiers.Add(new(IdentifierScheme.Isbn, isbn));
        }

        return identifiers;
    }

    [GeneratedRegex(@"(?:doi\.org/|^doi:\s*)(?<doi>10\.\S+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DoiLink();

    [GeneratedRegex(@"^(?:97[89][- ]?)?(?:\d[- ]?){9}[\dXx]$", RegexOptions.CultureInvariant)]
    private static partial Regex Isbn();
}
