namespace ExpertGraph.Ingestion.Harvesting;

/// <summary>URLs as messages show them: the contact address and the API key are left out.</summary>
internal static class HarvestUrls
{
    private static readonly string[] Hidden = ["mailto", "api_key"];

    public static string Display(Uri uri)
    {
        var text = uri.AbsoluteUri;
        var query = text.IndexOf('?', StringComparison.Ordinal);
        if (query < 0) return text;
        var parameters = text[(query + 1)..].Split('&');
        for (var i = 0; i < parameters.Length; i++)
        {
            var equals = parameters[i].IndexOf('=', StringComparison.Ordinal);
            var name = equals < 0 ? parameters[i] : parameters[i][..equals];
            if (Array.IndexOf(Hidden, name) >= 0) parameters[i] = name + "=…";
        }

        return text[..(query + 1)] + string.Join('&', parameters);
    }
}
