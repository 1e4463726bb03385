using System.Text.Json.Serialization;

namespace ExpertGraph.Query.Backups;

/// <summary>Source-generated JSON for the backup manifest.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[JsonSerializable(typeof(BackupManifest))]
internal sealed partial class BackupJson : JsonSerializerContext;
