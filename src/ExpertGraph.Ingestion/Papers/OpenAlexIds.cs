namespace ExpertGraph.Ingestion.Papers;

/// <summary>OpenAlex ids: their short form, and which kind of entity they name.</summary>
internal static class OpenAlexIds
{
    private const string OpenAlexPrefix = "https://openalex.org/";

    /// <summary>"https://openalex.org/W2741809807" → "W2741809807"; a short id is returned as is.</summary>
    public static string? Short(string? id) => ScholarlyIds.LastSegment(id);

    /// <summary>What kind of OpenAlex entity an id names ("work", "author", …), or null when it is no OpenAlex id.</summary>
    public static string? EntityKind(string id)
    {
        var path = id.StartsWith(OpenAlexPrefix, StringComparison.OrdinalIgnoreCase) ? id[OpenAlexPrefix.Length..] : id;
        var slash = path.IndexOf('/');
        if (slash > 0)
        {
            // Keywords, subfields, fields and domains have named paths: "keywords/cardiac-imaging".
            return path[..slash] switch
            {
                "keywords" => "keyword",
                "subfields" => "subfield",
                "fields" => "field",
                "domains" => "domain",
                "works" => IsShortId(path[(slash + 1)..]) ? "work" : null,
                _ => null,
            };
        }

        if (!IsShortId(path)) return null;
        return path[0] switch
        {
            'W' or 'w' => "work",
            'A' or 'a' => "author",
            'I' or 'i' => "institution",
            'C' or 'c' => "concept",
            'F' or 'f' => "funder",
            'P' or 'p' => "publisher",
            'S' or 's' => "source",
            'T' or 't' => "topic",
            'V' or 'v' => "venue",
            _ => null,
        };
    }

    private static bool IsShortId(string path) =>
        path.Length > 1 && char.IsAsciiLetter(path[0]) && path.AsSpan(1).IndexOfAnyExceptInRange('0', '9') < 0;
}
