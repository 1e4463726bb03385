using System.Buffers;
using System.Text.Json;
using ExpertGraph.Core.Model;

namespace ExpertGraph.Storage;

/// <summary>
/// A work's concept tags as one JSON text, <c>[["MESH:D003709",0.5,1],…]</c>: concept id, weight, 1 when the text named
/// the concept (0 for an ancestor). The SQLite store keeps a work's tags in one such row (<c>work_tags</c>): a row per
/// tag cost the embedded writer a quarter of its time (benchmarks/RESULTS.md). SQL can still read them one per row
/// through <c>json_each</c>; PostgreSQL keeps rows (<c>work_concepts</c>, loaded by COPY) and builds the same text when it
/// reads a work back (<see cref="StoredWorkReader"/>).
/// </summary>
public static class WorkTagsJson
{
    /// <summary>
    /// The text of <paramref name="concepts"/> as UTF-8, as the old table kept them: one entry per concept id (the last
    /// wins), in ordinal order of id. A weight is written as the double of its float, the value the rows held.
    /// </summary>
    public static byte[] Encode(IReadOnlyList<WorkConcept> concepts)
    {
        ArgumentNullException.ThrowIfNull(concepts);
        var byId = new Dictionary<string, WorkConcept>(concepts.Count, StringComparer.Ordinal);
        foreach (var concept in concepts) byId[concept.ConceptId] = concept;
        var ordered = byId.Values.ToArray();
        Array.Sort(ordered, (a, b) => string.CompareOrdinal(a.ConceptId, b.ConceptId));
        var buffer = new ArrayBufferWriter<byte>(32 * ordered.Length + 2);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            foreach (var concept in ordered)
            {
                writer.WriteStartArray();
                writer.WriteStringValue(concept.ConceptId);
                writer.WriteNumberValue((double)concept.Weight);
                writer.WriteNumberValue(concept.Matched ? 1 : 0);
                writer.WriteEndArray();
            }

            writer.WriteEndArray();
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Reads a text of <see cref="Encode"/> (or PostgreSQL's json_agg of the same arrays) back into tags.</summary>
    public static List<WorkConcept> Decode(ReadOnlySpan<byte> utf8)
    {
        var concepts = new List<WorkConcept>();
        var reader = Start(utf8);
        while (Next(ref reader, out var id, out var weight, out var matched))
            concepts.Add(new WorkConcept(System.Text.Encoding.UTF8.GetString(id), (float)weight, matched));
        return concepts;
    }

    /// <summary>A reader placed before the first entry of <paramref name="utf8"/>, for <see cref="Next"/>.</summary>
    public static Utf8JsonReader Start(ReadOnlySpan<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray) throw Malformed("does not start with an array");
        return reader;
    }

    /// <summary>
    /// The next entry, without making a string of its id (the profiles read millions of them): <paramref name="id"/> is
    /// its UTF-8 bytes, valid until the next call. False after the last.
    /// </summary>
    public static bool Next(ref Utf8JsonReader reader, out ReadOnlySpan<byte> id, out double weight, out bool matched)
    {
        if (!reader.Read()) throw Malformed("ends inside the array");
        if (reader.TokenType == JsonTokenType.EndArray)
        {
            id = default;
            weight = 0;
            matched = false;
            return false;
        }

        if (reader.TokenType != JsonTokenType.StartArray || !reader.Read() || reader.TokenType != JsonTokenType.String)
            throw Malformed("has an entry that is not [id, weight, matched]");
        id = reader.ValueIsEscaped ? System.Text.Encoding.UTF8.GetBytes(reader.GetString()!) : reader.ValueSpan;
        if (!reader.Read() || reader.TokenType != JsonTokenType.Number) throw Malformed("has an entry without a weight");
        weight = reader.GetDouble();
        if (!reader.Read() || reader.TokenType != JsonTokenType.Number) throw Malformed("has an entry without a matched flag");
        matched = reader.GetInt32() != 0;
        if (!reader.Read() || reader.TokenType != JsonTokenType.EndArray) throw Malformed("has an entry of more than three values");
        return true;
    }

    private static InvalidDataException Malformed(string what) => new($"a work's concept tags (JSON) {what}");
}
