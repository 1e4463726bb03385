using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using ExpertGraph.Core.Model;
using ExpertGraph.Ingestion.Reading;

namespace ExpertGraph.Ingestion.Papers;

/// <summary>
/// Maps one record of arXiv's metadata snapshot (the Kaggle "arxiv-metadata-oai-snapshot" JSON lines) to a work:
/// key ("arxiv", id) for new-style ("0704.0001") and old-style ("hep-th/9901001") ids alike, title and abstract with
/// their LaTeX as written (line breaks and indentation collapsed, nothing rendered), authors from "authors_parsed",
/// categories as "arXiv" classifications, journal-ref as the venue, the DOI. The year is the first version's
/// ("Mon, 2 Apr 2007 19:18:42 GMT"); failing that the month the id was assigned in ("0704", "9901"), and only then
/// update_date, which is the last revision's. Comments, license, report-no and submitter are not read.
/// </summary>
internal static partial class ArxivRecordMapper
{
    public const string Source = "arxiv";
    public const string CategoryScheme = "arXiv";

    private static readonly string[] VersionDateFormats = ["ddd, d MMM yyyy HH':'mm':'ss 'GMT'", "d MMM yyyy HH':'mm':'ss 'GMT'", "r"];

    public static ReadResult Map(JsonElement record, RecordPosition position)
    {
        if (record.ValueKind != JsonValueKind.Object)
            return ReadResult.Rejected(position, $"a JSON {record.ValueKind}, not an arXiv record", record.GetRawText());
        if (Id(record.StringOrNull("id")) is not { } id)
            return ReadResult.Rejected(position, "arXiv record without an id", record.GetRawText());
        if (PaperText.CollapseWhitespace(record.StringOrNull("title")) is not { } title)
            return ReadResult.Rejected(position, "missing title", record.GetRawText());

        var work = new Work(new SourceKey(Source, id), WorkKind.Paper, title)
        {
            Abstract = PaperText.CollapseWhitespace(record.StringOrNull("abstract")),
            Year = Year(record, id),
            Venue = PaperText.CollapseWhitespace(record.StringOrNull("journal-ref")),
            Identifiers = Identifiers(record, id),
            Classifications = Categories(record.StringOrNull("categories")),
            Authors = ArxivAuthors.Map(record),
        };
        return ReadResult.Ok(work, position);
    }

    /// <summary>The id without a version suffix ("0704.0001v2" → "0704.0001"); the snapshot's ids carry none.</summary>
    internal static string? Id(string? id)
    {
        id = id?.Trim();
        if (string.IsNullOrEmpty(id)) return null;
        return VersionSuffix().Replace(id, "");
    }

    private static List<WorkIdentifier> Identifiers(JsonElement record, string id)
    {
        var identifiers = new List<WorkIdentifier> { new(IdentifierScheme.ArxivId, id) };
        // The field occasionally holds more than one DOI, separated by spaces.
        foreach (var doi in (record.StringOrNull("doi") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries)
                     .Select(ScholarlyIds.Doi).OfType<string>().Distinct(StringComparer.Ordinal))
            identifiers.Add(new WorkIdentifier(IdentifierScheme.Doi, doi));
        return identifiers;
    }

    private static List<ClassificationCode> Categories(string? categories) =>
        [.. (categories ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Distinct(StringComparer.Ordinal)
            .Select(code => new ClassificationCode(CategoryScheme, code))];

    private static int? Year(JsonElement record, string id)
    {
        int? first = null;
        foreach (var version in record.Items("versions"))
        {
            if (version.StringOrNull("created")?.Trim() is { } created
                && DateTimeOffset.TryParseExact(created, VersionDateFormats, CultureInfo.InvariantCulture,
                    DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var date)
                && (first is null || date.Year < first))
                first = date.Year;
        }

        if (first is not null) return first;
        if (YearOfId(id) is { } fromId) return fromId;
        return DateOnly.TryParseExact(record.StringOrNull("update_date")?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture,
            DateTimeStyles.None, out var updated)
            ? updated.Year
            : null;
    }

    /// <summary>The year an id was assigned in: "0704.0001" (April 2007), "hep-th/9901001" (January 1999).</summary>
    internal static int? YearOfId(string id)
    {
        if (IdMonth().Match(id) is not { Success: true } match) return null;
        var yy = int.Parse(match.Groups["yy"].Value, NumberStyles.None, CultureInfo.InvariantCulture);
        var month = int.Parse(match.Groups["mm"].Value, NumberStyles.None, CultureInfo.InvariantCulture);
        if (month is < 1 or > 12) return null;
        // Old-style ids ran from August 1991 to March 2007; new-style ones start in April 2007 ("0704").
        return match.Groups["old"].Success ? (yy >= 91 ? 1900 + yy : 2000 + yy) : 2000 + yy;
    }

    [GeneratedRegex(@"v[0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex VersionSuffix();

    [GeneratedRegex(@"^(?:(?<yy>[0-9]{2})(?<mm>[0-9]{2})\.[0-9]{4,5}|(?<old>[A-Za-z.-]+/)(?<yy>[0-9]{2})(?<mm>[0-9]{2})[0-9]{3})$", RegexOptions.CultureInvariant)]
    private static partial Regex IdMonth();
}
