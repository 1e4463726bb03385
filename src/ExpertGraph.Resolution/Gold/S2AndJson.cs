using System.Text.Json.Serialization;

namespace ExpertGraph.Resolution.Gold;

/// <summary>One entry of S2AND's signatures.json (only the fields a mention uses).</summary>
internal sealed class S2AndSignature
{
    [JsonPropertyName("signature_id")]
    public string? SignatureId { get; set; }

    [JsonPropertyName("paper_id")]
    [JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)]
    public long? PaperId { get; set; }

    [JsonPropertyName("author_info")]
    public S2AndAuthorInfo? AuthorInfo { get; set; }
}

internal sealed class S2AndAuthorInfo
{
    [JsonPropertyName("first")]
    public string? First { get; set; }

    [JsonPropertyName("middle")]
    public string? Middle { get; set; }

    [JsonPropertyName("last")]
    public string? Last { get; set; }

    [JsonPropertyName("suffix")]
    public string? Suffix { get; set; }

    [JsonPropertyName("email")]
    public string? Email { get; set; }

    [JsonPropertyName("affiliations")]
    public List<string>? Affiliations { get; set; }

    [JsonPropertyName("block")]
    public string? Block { get; set; }
}

/// <summary>One entry of S2AND's clusters.json.</summary>
internal sealed class S2AndCluster
{
    [JsonPropertyName("cluster_id")]
    public string? ClusterId { get; set; }

    [JsonPropertyName("signature_ids")]
    public List<string>? SignatureIds { get; set; }
}

[JsonSerializable(typeof(Dictionary<string, S2AndSignature>))]
[JsonSerializable(typeof(Dictionary<string, S2AndCluster>))]
internal sealed partial class S2AndJsonContext : JsonSerializerContext;
