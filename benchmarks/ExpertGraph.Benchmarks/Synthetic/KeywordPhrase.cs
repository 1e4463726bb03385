namespace ExpertGraph.Benchmarks.Synthetic;

/// <summary>An OpenAlex-style keyword: "https://openalex.org/keywords/optical-modulators", "Optical modulators".</summary>
internal sealed record KeywordPhrase(string Id, string DisplayName)
{
    public System.Text.Json.JsonEncodedText EncodedId { get; } = EncodedFragments.Encode(Id);

    public System.Text.Json.JsonEncodedText EncodedDisplayName { get; } = EncodedFragments.Encode(DisplayName);

    public static KeywordPhrase FromPhrase(string phrase)
    {
        var slug = new System.Text.StringBuilder(phrase.Length);
        foreach (var c in phrase.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c)) slug.Append(c);
            else if (slug.Length > 0 && slug[^1] != '-') slug.Append('-');
        }

        var display = char.IsLower(phrase[0]) ? char.ToUpperInvariant(phrase[0]) + phrase[1..] : phrase;
        return new KeywordPhrase("https://openalex.org/keywords/" + slug.ToString().TrimEnd('-'), display);
    }
}
