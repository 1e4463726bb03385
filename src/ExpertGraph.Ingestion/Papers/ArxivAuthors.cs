using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using ExpertGraph.Core.Model;
using ExpertGraph.Core.Names;
using ExpertGraph.Core.Text;

namespace ExpertGraph.Ingestion.Papers;

/// <summary>
/// An arXiv record's authors in order. "authors_parsed" gives each as [family, given, suffix], followed by the
/// affiliations arXiv's parser found in parentheses after the name ("Schekochihin", "A. A.", "", "Oxford"); an
/// affiliation given only as footnote numbers ("1 and 2") is looked up in the "((1) CREST, ..., (2) ...)" list of
/// the "authors" string. Without "authors_parsed" the "authors" string itself is split ("A, B and C"), its
/// parenthesized affiliations left out and its names left for the name parser.
/// </summary>
internal static partial class ArxivAuthors
{
    private static readonly string[] Suffixes = ["Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"];

    public static List<AuthorMention> Map(JsonElement record)
    {
        var authors = record.StringOrNull("authors");
        var parsed = record.Items("authors_parsed").Where(a => a.ValueKind == JsonValueKind.Array).ToList();
        return parsed.Count > 0 ? FromParsed(parsed, Footnotes(authors)) : FromString(authors);
    }

    private static List<AuthorMention> FromParsed(List<JsonElement> parsed, Dictionary<string, string> footnotes)
    {
        var mentions = new List<AuthorMention>();
        foreach (var entry in parsed)
        {
            var parts = entry.EnumerateArray()
                .Select(part => part.ValueKind == JsonValueKind.String ? Clean(part.GetString()) : null)
                .ToList();
            var family = parts.ElementAtOrDefault(0);
            var given = parts.ElementAtOrDefault(1);
            var suffix = parts.ElementAtOrDefault(2);
            var rawName = PaperText.CollapseWhitespace(string.Join(' ', new[] { given, family, suffix }.OfType<string>()));
            if (rawName is null) continue;

            mentions.Add(new AuthorMention(rawName, mentions.Count + 1)
            {
                // Han characters are left to the name parser, which knows their order; arXiv's parts are Latin names.
                Name = family is null || ScriptDetector.ContainsHan(family + given) ? null : new PersonName(family, given ?? "", NameScript.Latin),
                Affiliations = Affiliations(parts.Skip(3), footnotes),
            });
        }

        return mentions;
    }

    private static List<AffiliationMention> Affiliations(IEnumerable<string?> texts, Dictionary<string, string> footnotes)
    {
        var affiliations = new List<string>();
        foreach (var text in texts.OfType<string>())
        {
            if (FootnoteReference().IsMatch(text))
            {
                foreach (Match number in Number().Matches(text))
                    if (footnotes.TryGetValue(number.Value, out var note)) affiliations.Add(note);
            }
            else
            {
                affiliations.Add(text);
            }
        }

        return [.. affiliations.Distinct(StringComparer.Ordinal).Select(text => new AffiliationMention(text))];
    }

    /// <summary>"... ((1) CREST, Japan Science and Technology Agency, (2) Russian Research Centre, (3) ...)" → 1, 2, 3.</summary>
    private static Dictionary<string, string> Footnotes(string? authors)
    {
        var notes = new Dictionary<string, string>(StringComparer.Ordinal);
        if (authors is null || FootnoteList().Match(authors) is not { Success: true } start) return notes;
        var end = ClosingParenthesis(authors, start.Index);
        var list = authors[(start.Index + 1)..end];
        var markers = Marker().Matches(list);
        for (var i = 0; i < markers.Count; i++)
        {
            var from = markers[i].Index + markers[i].Length;
            var to = i + 1 < markers.Count ? markers[i + 1].Index : list.Length;
            if (Clean(list[from..to].Trim().TrimEnd(',', ';')) is { } note) notes.TryAdd(markers[i].Groups["number"].Value, note);
        }

        return notes;
    }

    private static List<AuthorMention> FromString(string? authors)
    {
        var names = new List<string>();
        if (PaperText.CollapseWhitespace(authors) is not { } text) return [];
        foreach (var piece in AuthorSeparator().Split(WithoutParentheses(text)))
        {
            var name = Clean(piece);
            if (name is null || name.StartsWith("et al", StringComparison.OrdinalIgnoreCase)) continue;
            if (names.Count > 0 && Suffixes.Contains(name, StringComparer.OrdinalIgnoreCase))
                names[^1] += " " + name;
            else
                names.Add(name);
        }

        return [.. names.Select((name, i) => new AuthorMention(name, i + 1))];
    }

    private static string WithoutParentheses(string text)
    {
        var builder = new StringBuilder(text.Length);
        var depth = 0;
        foreach (var c in text)
        {
            if (c == '(') depth++;
            else if (c == ')' && depth > 0) depth--;
            else if (depth == 0) builder.Append(c);
        }

        return builder.ToString();
    }

    private static int ClosingParenthesis(string text, int open)
    {
        var depth = 0;
        for (var i = open; i < text.Length; i++)
        {
            if (text[i] == '(') depth++;
            else if (text[i] == ')' && --depth == 0) return i;
        }

        return text.Length;
    }

    // Names and affiliations: LaTeX accents decoded, whitespace collapsed.
    private static string? Clean(string? text) => PaperText.CollapseWhitespace(LatexAccents.Decode(text));

    [GeneratedRegex(@"^\s*\d{1,3}(?:\s*(?:,|and|&)\s*\d{1,3})*\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex FootnoteReference();

    [GeneratedRegex(@"\d{1,3}", RegexOptions.CultureInvariant)]
    private static partial Regex Number();

    [GeneratedRegex(@"\(\s*\(\d{1,3}\)", RegexOptions.CultureInvariant)]
    private static partial Regex FootnoteList();

    [GeneratedRegex(@"\((?<number>\d{1,3})\)", RegexOptions.CultureInvariant)]
    private static partial Regex Marker();

    [GeneratedRegex(@"\s*,\s*|\s+and\s+|\s*;\s*", RegexOptions.CultureInvariant)]
    private static partial Regex AuthorSeparator();
}
