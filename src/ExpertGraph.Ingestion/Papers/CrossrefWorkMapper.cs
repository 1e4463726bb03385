using System.Text.Json;
using ExpertGraph.Core.Model;
using ExpertGraph.Ingestion.Reading;

namespace ExpertGraph.Ingestion.Papers;

/// <summary>Maps one Crossref REST record (a work, or a response envelope around one) to a work, or says why it is not one.</summary>
internal static class CrossrefWorkMapper
{
    public static ReadResult Map(JsonElement record, RecordPosition position)
    {
        if (record.ValueKind != JsonValueKind.Object) return ReadResult.Rejected(position, $"a JSON {record.ValueKind}, not a Crossref record", record.GetRawText());
        if (record.StringOrNull("message-type") is { } messageType) return MapEnvelope(record, messageType, position);

        var rawDoi = record.StringOrNull("DOI");
        var doi = ScholarlyIds.Doi(rawDoi);
        if (doi is null)
        {
            if (EntityKind(record) is { } entity) return ReadResult.Skipped(position, $"Crossref {entity}, not a work");
            if (rawDoi is not null) return ReadResult.Rejected(position, $"Crossref work with an invalid DOI \"{rawDoi}\"", record.GetRawText());
            return record.HasArray("title") || record.HasArray("author")
                ? ReadResult.Rejected(position, "Crossref work without a DOI", record.GetRawText())
                : ReadResult.Skipped(position, "JSON object without a DOI, not a Crossref work");
        }

        if (CrossrefWorkTypes.SkipReason(record.StringOrNull("type")) is { } reason) return ReadResult.Skipped(position, reason);
        var title = Title(record);
        if (title is null) return ReadResult.Rejected(position, "missing title", record.GetRawText());

        var work = new Work(new SourceKey("crossref", doi), WorkKind.Paper, title)
        {
            Abstract = PaperText.Literal(record.StringOrNull("abstract")),
            // "published" is Crossref's earliest of print and online; "issued" and "created" are the fallbacks it documents.
            Year = CslDates.FirstYear(record, "published", "published-print", "published-online", "issued", "created"),
            Venue = Venue(record),
            Language = PaperText.LanguageCode(record.StringOrNull("language")),
            Identifiers = CrossrefIdentifiers.Of(record, doi),
            Classifications = Classifications(record),
            CitationCount = record.Int32OrNull("is-referenced-by-count"),
            Authors = CrossrefContributors.Map(record),
        };
        return ReadResult.Ok(work, position);
    }

    private static ReadResult MapEnvelope(JsonElement envelope, string messageType, RecordPosition position)
    {
        if (messageType == "work")
        {
            return envelope.ObjectOrNull("message") is { } message
                ? Map(message, position)
                : ReadResult.Rejected(position, "Crossref work response without a message object", envelope.GetRawText());
        }


        if (messageType is "funder" or "member" or "journal") return ReadResult.Skipped(position, $"Crossref {messageType}, not a work");
        // A list response whose items the reader did not stream: one among single records, or one read as a document.
        return ReadResult.Rejected(position, $"Crossref \"{messageType}\" response where one record was expected: read list responses as files of their own", envelope.GetRawText());
    }

    /// <summary>A funder (its id a Funder Registry DOI), a member (a "primary-name") or a journal (a titled ISSN list).</summary>
    private static string? EntityKind(JsonElement record)
    {
        if (record.StringOrNull("uri")?.Contains("10.13039/", StringComparison.Ordinal) == true || record.HasArray("hierarchy-names")) return "funder";
        if (record.StringOrNull("primary-name") is not null) return "member";
        if (record.HasArray("ISSN") && record.StringOrNull("title") is not null) return "journal";
        return null;
    }

    /// <summary>The first title, and its subtitle after a colon unless the title already holds it.</summary>
    private static string? Title(JsonElement record)
    {
        var title = FirstText(record, "title") ?? FirstText(record, "original-title");
        if (title is null || FirstText(record, "subtitle") is not { } subtitle) return title;
        if (title.Contains(subtitle, StringComparison.OrdinalIgnoreCase)) return title;
        return title[^1] is ':' or '.' or '?' or '!' ? $"{title} {subtitle}" : $"{title}: {subtitle}";
    }

    /// <summary>
    /// The journal, book or proceedings; for a record in none, the institution that issued it (a preprint server, a
    /// report's laboratory, a thesis's university), its group (a blog, SSRN), else its publisher.
    /// </summary>
    private static string? Venue(JsonElement record) =>
        PaperText.Clean(FirstText(record, "container-title"))
        ?? PaperText.Clean(record.Items("institution").Select(i => i.StringOrNull("name")).FirstOrDefault(n => !string.IsNullOrWhiteSpace(n)))
        ?? PaperText.Clean(record.StringOrNull("group-title"))
        ?? PaperText.Clean(record.StringOrNull("publisher"));

    /// <summary>Funders (by their Funder Registry DOI, else their name), then the journal's subject categories.</summary>
    private static List<ClassificationCode> Classifications(JsonElement record)
    {
        var codes = new List<ClassificationCode>();
        foreach (var funder in record.Items("funder"))
        {
            var name = PaperText.Clean(funder.StringOrNull("name"));
            var code = ScholarlyIds.Doi(funder.StringOrNull("DOI")) ?? name;
            if (code is not null && !codes.Exists(c => c.Code == code)) codes.Add(new ClassificationCode("Funder", code, name));
        }

        foreach (var subject in record.Strings("subject").Select(PaperText.Clean).OfType<string>().Distinct(StringComparer.Ordinal))
            codes.Add(new ClassificationCode("CrossrefSubject", subject));
        return codes;
    }

    private static string? FirstText(JsonElement record, string name) =>
        record.Strings(name).Select(PaperText.CollapseWhitespace).FirstOrDefault(t => t is not null);
}
