namespace ExpertGraph.Api.Security;

/// <summary>How a key is presented: the X-Api-Key header, or Authorization: ApiKey &lt;key&gt;.</summary>
public static class ApiKeyAuthentication
{
    public const string Scheme = "ApiKey";
    public const string Header = "X-Api-Key";

    internal static string? PresentedKey(HttpRequest request)
    {
        if (request.Headers.TryGetValue(Header, out var values) && values.Count == 1 && !string.IsNullOrWhiteSpace(values[0])) return values[0]!.Trim();
        var authorization = request.Headers.Authorization.ToString();
        const string prefix = Scheme + " ";
        return authorization.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) && authorization.Length > prefix.Length
            ? authorization[prefix.Length..].Trim()
            : null;
    }
}
