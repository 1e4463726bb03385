using System.Text.Json.Serialization;
using ExpertGraph.Core.Model;

namespace ExpertGraph.Ingestion.Pipeline;

/// <summary>Source-generated serializer of works for <see cref="WorkContentHash"/>.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(Work))]
internal sealed partial class WorkHashJson : JsonSerializerContext;
