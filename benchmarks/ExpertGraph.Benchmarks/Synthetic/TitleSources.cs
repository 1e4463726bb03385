using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace ExpertGraph.Benchmarks.Synthetic;

/// <summary>Real English titles (DBLP sample, OpenAlex works) as word pairs, and the venues those works appeared in.</summary>
internal sealed partial class TitleSources
{
    private TitleSources(BigramChain titles, IReadOnlyList<string> venues)
    {
        Titles = titles;
        Venues = venues;
    }

    public BigramChain Titles { get; }

    public IReadOnlyList<string> Venues { get; }

    public static TitleSources Load(string dblpXml, string openAlexJsonLines)
    {
        var titles = new List<string>();
        var venues = new SortedSet<string>(StringComparer.Ordinal);

        // DBLP: one element per line in the dump; the sample has no DOCTYPE, so an XML parser would reject its entities.
        foreach (var line in File.ReadLines(dblpXml))
        {
            var element = DblpElement().Match(line);
            if (!element.Success) continue;
            var text = Clean(element.Groups["text"].Value);
            if (text.Length == 0) continue;
            if (element.Groups["name"].Value == "title") titles.Add(text.TrimEnd('.'));
            else venues.Add(text);
        }

        // OpenAlex works JSON lines: one small document per line.
        foreach (var line in File.ReadLines(openAlexJsonLines))
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            using var work = JsonDocument.Parse(line);
            var root = work.RootElement;
            if (root.TryGetProperty("title", out var title) && title.ValueKind == JsonValueKind.String)
                titles.Add(Clean(title.GetString()!));
            if (root.TryGetProperty("primary_location", out var location) && location.ValueKind == JsonValueKind.Object
                && location.TryGetProperty("source", out var source) && source.ValueKind == JsonValueKind.Object
                && source.TryGetProperty("display_name", out var venue) && venue.ValueKind == JsonValueKind.String)
                venues.Add(Clean(venue.GetString()!));
        }

        titles.RemoveAll(title => title.Length == 0);
        if (titles.Count == 0) throw new InvalidDataException($"no titles in {dblpXml} or {openAlexJsonLines}");
        if (venues.Count == 0) throw new InvalidDataException($"no venues in {dblpXml} or {openAlexJsonLines}");
        return new TitleSources(BigramChain.Build(titles), [.. venues]);
    }

    private static string Clean(string text) =>
        Whitespace().Replace(WebUtility.HtmlDecode(Markup().Replace(text, "")), " ").Trim();

    [GeneratedRegex("<(?<name>title|journal|booktitle)>(?<text>.*?)</\\k<name>>")]
    private static partial Regex DblpElement();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Markup();

    [GeneratedRegex("\\s+")]
    private static partial Regex Whitespace();
}
