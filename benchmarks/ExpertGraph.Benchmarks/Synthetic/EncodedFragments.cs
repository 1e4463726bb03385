using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ExpertGraph.Benchmarks.Synthetic;

/// <summary>
/// Everything that repeats from work to work (names, institutions, topics, venues, affiliations) escaped and encoded
/// to UTF-8 once: encoding text is most of the cost of writing a million works.
/// </summary>
internal sealed class EncodedFragments
{
    public static readonly JavaScriptEncoder Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    // Scores of the first, second and third topic of a work.
    private static readonly double[] TopicScores = [0.99, 0.891, 0.8019];

    private EncodedFragments(Population population, NameSources sources)
    {
        LatinNames = [.. population.LatinName.Select(Encode)];
        HanziNames = [.. population.HanziName.Select(name => name is null ? default : Encode(name))];
        Institutions = [.. sources.Faculty.Institutions.Select((institution, index) => InstitutionArray(institution, index))];
        Countries = [.. sources.Faculty.Institutions.Select(institution => Raw(writer =>
        {
            writer.WriteStartArray();
            writer.WriteStringValue(institution.CountryCode);
            writer.WriteEndArray();
        }))];
        Venues = [.. sources.Titles.Venues.Select(Encode)];
        Topics = [.. TopicScores.Select(score => sources.Topics.Topics.Select(topic => TopicObject(topic, score)).ToArray())];
        GroupAffiliations = [.. population.Groups.Select(group => AffiliationVariants(sources.Faculty.Institutions[group.Institution],
            sources.Topics.Topics[group.Topic]).Select(Encode).ToArray())];
    }

    public JsonEncodedText[] LatinNames { get; }

    /// <summary>Default (empty) for persons without a hanzi name.</summary>
    public JsonEncodedText[] HanziNames { get; }

    /// <summary>The whole "institutions" array of an authorship at each institution.</summary>
    public byte[][] Institutions { get; }

    /// <summary>The "countries" array of an authorship at each institution.</summary>
    public byte[][] Countries { get; }

    public JsonEncodedText[] Venues { get; }

    /// <summary>Topic objects by rank in the work (score 0.99, 0.891, 0.8019), then by topic.</summary>
    public byte[][][] Topics { get; }

    /// <summary>The four ways members of a group write their home affiliation.</summary>
    public JsonEncodedText[][] GroupAffiliations { get; }

    public static EncodedFragments Build(Population population, NameSources sources) => new(population, sources);

    public static JsonEncodedText Encode(string text) => JsonEncodedText.Encode(text, Encoder);

    /// <summary>Each person writes their affiliation in one of four ways, the same way every time.</summary>
    public static string[] AffiliationVariants(InstitutionSource institution, TopicSource topic) =>
    [
        institution.Name,
        $"Department of {topic.FieldName}, {institution.Name}",
        $"School of {topic.SubfieldName}, {institution.Name}, {institution.CountryCode}",
        $"{institution.Name}, {institution.CountryCode}",
    ];

    private static byte[] InstitutionArray(InstitutionSource institution, int index) => Raw(writer =>
    {
        writer.WriteStartArray();
        writer.WriteStartObject();
        writer.WriteString("id", string.Create(CultureInfo.InvariantCulture,
            $"https://openalex.org/I{OpenAlexIds.InstitutionOffset + index}"));
        writer.WriteString("display_name", institution.Name);
        writer.WriteString("country_code", institution.CountryCode);
        writer.WriteString("type", "education");
        writer.WriteEndObject();
        writer.WriteEndArray();
    });

    private static byte[] TopicObject(TopicSource topic, double score) => Raw(writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("id", topic.Id);
        writer.WriteString("display_name", topic.Name);
        writer.WriteNumber("score", score);
        foreach (var (level, id, name) in new[]
                 {
                     ("subfield", topic.SubfieldId, topic.SubfieldName),
                     ("field", topic.FieldId, topic.FieldName),
                     ("domain", topic.DomainId, topic.DomainName),
                 })
        {
            writer.WriteStartObject(level);
            writer.WriteString("id", id);
            writer.WriteString("display_name", name);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    });

    private static byte[] Raw(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = Encoder })) write(writer);
        return buffer.ToArray();
    }
}
