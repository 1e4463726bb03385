using System.Security.Cryptography;
using System.Text;

namespace ExpertGraph.Query.Access;

/// <summary>
/// API keys: "eg_" and 32 random bytes in base64url (46 characters in all), from the system's cryptographic generator.
/// Only the SHA-256 hash of a key is stored; its first <see cref="PrefixLength"/> characters are shown in lists to name it.
/// </summary>
public static class ApiKeySecrets
{
    public const string Marker = "eg_";

    /// <summary>"eg_" and 8 characters: about 48 bits, enough to tell keys apart, far too few to guess one.</summary>
    public const int PrefixLength = 11;

    private const int RandomBytes = 32;

    public static string Generate()
    {
        Span<byte> bytes = stackalloc byte[RandomBytes];
        RandomNumberGenerator.Fill(bytes);
        return Marker + Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    public static string Prefix(string key) => key.Length <= PrefixLength ? key : key[..PrefixLength];

    /// <summary>The hex SHA-256 of the key's UTF-8 bytes, as stored.</summary>
    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
}
