using System.Security.Cryptography;

namespace ExpertGraph.Integration.Tests.Support;

/// <summary>Every file under a folder with its SHA-256, keyed by relative path: "left exactly as it was" in one comparison.</summary>
internal static class FileHashes
{
    public static SortedDictionary<string, string> Of(string root)
    {
        var hashes = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
            hashes[Path.GetRelativePath(root, file)] = Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file)));
        return hashes;
    }
}
