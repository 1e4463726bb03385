using System.Text.Json;
using ExpertGraph.Core.Model;
using ExpertGraph.Ingestion.Reading;

namespace ExpertGraph.Ingestion.Papers;

/// <summary>Maps one OpenAlex entity to a work, or says why it is not one.</summary>
internal static class OpenAlexWorkMapper
{
    public static ReadResult Map(JsonElement entity, RecordPosition position)
    {
        if (entity.ValueKind != JsonValueKind.Object) return ReadResult.Rejected(position, $"a JSON {entity.ValueKind}, not an OpenAlex entity", entity.GetRawText());
        var id = entity.StringOrNull("id");
        if (string.IsNullOrWhiteSpace(id))
        {
            return entity.HasArray("authorships")
                ? ReadResult.Rejected(position, "OpenAlex work without an id", entity.GetRawText())
                : ReadResult.Skipped(position, "JSON object without an OpenAlex id, not a work");
        }

        var kind = OpenAlexIds.EntityKind(id);
        if (kind is null) return ReadResult.Skipped(position, $"JSON object with id \"{id}\", not an OpenAlex work");
        if (kind != "work") return ReadResult.Skipped(position, $"OpenAlex {kind} entity, not a work");

        var title = PaperText.Clean(entity.StringOrNull("title")) ?? PaperText.Clean(entity.StringOrNull("display_name"));
        if (title is null) return ReadResult.Rejected(position, "missing title", entity.GetRawText());

        var shortId = OpenAlexIds.Short(id)!;
        var work = new Work(new SourceKey("openalex", shortId), WorkKind.Paper, title)
        {
            // The API gives an inverted index; some exports (and the harvesting libraries' dumps) carry plain text.
            Abstract = entity.TryGetProperty("abstract_inverted_index", out var index) && index.ValueKind == System.Text.Json.JsonValueKind.Object
                ? InvertedAbstract.Rebuild(index)
                : PaperText.Clean(entity.StringOrNull("abstract")),
            // Keywords are OpenAlex's own keyword list only; concepts (the older, broader tagging) go to classifications.
            Keywords = entity.Items("keywords").Select(k => PaperText.Clean(k.StringOrNull("display_name"))).OfType<string>().Distinct(StringComparer.Ordinal).ToList(),
            Year = entity.Int32OrNull("publication_year"),
            Venue = Venue(entity),
            Language = PaperText.Clean(entity.StringOrNull("language"))?.ToLowerInvariant(),
            Identifiers = Identifiers(entity, shortId),
            Classifications = Classifications(entity),
            CitationCount = entity.Int32OrNull("cited_by_count"),
            Authors = OpenAlexAuthorships.Map(entity),
        };
        return ReadResult.Ok(work, position);
    }

    private static string? Venue(JsonElement entity)
    {
        var source = entity.ObjectOrNull("primary_location")?.ObjectOrNull("source");
        // host_venue is the pre-2023 schema's name for the same thing.
        return PaperText.Clean(source?.StringOrNull("display_name")) ?? PaperText.Clean(entity.ObjectOrNull("host_venue")?.StringOrNull("display_name"));
    }

    private static List<WorkIdentifier> Identifiers(JsonElement entity, string shortId)
    {
        var ids = entity.ObjectOrNull("ids");
        var identifiers = new List<WorkIdentifier> { new(IdentifierScheme.OpenAlexId, shortId) };
        if (ScholarlyIds.Doi(entity.StringOrNull("doi") ?? ids?.StringOrNull("doi")) is { } doi) identifiers.Add(new(IdentifierScheme.Doi, doi));
        if (ScholarlyIds.Pmid(ids?.StringOrNull("pmid")) is { } pmid) identifiers.Add(new(IdentifierScheme.Pmid, pmid));
        if (ScholarlyIds.Pmcid(ids?.StringOrNull("pmcid")) is { } pmcid) identifiers.Add(new(IdentifierScheme.Pmcid, pmcid));
        return identifiers;
    }

    /// <summary>Topics (or the primary topic alone when the list is absent), then concepts, each once.</summary>
    private static List<ClassificationCode> Classifications(JsonElement entity)
    {
        var topics = entity.HasArray("topics")
            ? entity.Items("topics")
            : entity.ObjectOrNull("primary_topic") is { } primary ? [primary] : [];
        var codes = new List<ClassificationCode>();
        Add(codes, "OpenAlexTopic", topics);
        Add(codes, "OpenAlexConcept", entity.Items("concepts"));
        return codes;
    }

    private static void Add(List<ClassificationCode> codes, string scheme, IEnumerable<JsonElement> items)
    {
        foreach (var item in items)
        {
            var code = OpenAlexIds.Short(item.StringOrNull("id"));
            if (code is null || codes.Exists(c => c.Scheme == scheme && c.Code == code)) continue;
            codes.Add(new ClassificationCode(scheme, code, PaperText.Clean(item.StringOrNull("display_name"))));
        }
    }
}
