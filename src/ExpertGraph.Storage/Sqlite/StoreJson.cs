using System.Text.Json.Serialization;
using ExpertGraph.Core.Model;

namespace ExpertGraph.Storage.Sqlite;

/// <summary>Source-generated JSON for the list columns of works (keywords, codes, organizations).</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(IReadOnlyList<string>))]
[JsonSerializable(typeof(IReadOnlyList<ClassificationCode>))]
[JsonSerializable(typeof(IReadOnlyList<AffiliationMention>))]
internal sealed partial class StoreJson : JsonSerializerContext;
