using System.Security.Cryptography;
using System.Text.Json;
using ExpertGraph.Core.Model;

namespace ExpertGraph.Ingestion.Pipeline;

/// <summary>
/// A fingerprint of a normalized work's content: equal hashes mean "unchanged upstream", so a second ingest of the same
/// record writes nothing. Covers every stored field, authors and affiliations included.
/// </summary>
public static class WorkContentHash
{
    public static string Compute(Work work)
    {
        ArgumentNullException.ThrowIfNull(work);
        var json = JsonSerializer.SerializeToUtf8Bytes(work, WorkHashJson.Default.Work);
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(json, hash);
        return Convert.ToHexStringLower(hash[..16]);
    }
}
