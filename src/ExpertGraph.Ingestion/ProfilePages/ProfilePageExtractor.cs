using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using ExpertGraph.Core.Model;

namespace ExpertGraph.Ingestion.ProfilePages;

/// <summary>
/// Extracts what a saved profile page states about its person. schema.org markup first (JSON-LD, then microdata),
/// then the page's own structure: "label: value" lines, label/value table rows, sections under headings such as
/// "Research Interests" or "代表性论文", scholarly-profile and mailto links; the name falls back to the first
/// &lt;h1&gt;, then to the &lt;title&gt;. Thread-safe; one parser per thread.
/// </summary>
public sealed class ProfilePageExtractor
{
    // Words that make the line under a name a position ("Senior Environmental Economist, World Bank").
    private static readonly string[] PositionWords =
    [
        "Professor", "Lecturer", "Scientist", "Researcher", "Economist", "Fellow", "Director", "Engineer", "Investigator", "Chair", "Dean",
        "教授", "研究员", "讲师", "副教授", "工程师", "院士", "博士生导师",
    ];

    [ThreadStatic] private static HtmlParser? t_parser;

    /// <summary>The page, or null with the reason when the page names nobody.</summary>
    public ProfilePage? Extract(string html, string sourcePath, out string? failure)
    {
        ArgumentNullException.ThrowIfNull(html);
        var parser = t_parser ??= new HtmlParser(new HtmlParserOptions { IsScripting = false });
        using var document = parser.ParseDocument(html);
        var facts = new PageFacts();
        SchemaOrgJsonLd.Read(document, facts);
        SchemaOrgMicrodata.Read(document, facts);
        var lines = document.Body is { } body ? PageLines.Read(body) : [];
        PageLineFacts.Read(lines, facts);
        ScholarLinks.Read(document, facts);
        NameFromHeadings(document, facts);
        Tagline(lines, facts);

        if (facts.Name is null)
        {
            failure = "no person's name found (no schema.org Person, no 姓名/Name label, no <h1> or <title>)";
            return null;
        }

        if (!facts.HasPersonalFacts)
        {
            failure = $"'{facts.Name}' has no personal facts (no position, institution, e-mail, interests, profile links or works): not a profile page";
            return null;
        }

        failure = null;
        facts.OfferUrl(document.QuerySelector("link[rel='canonical']")?.GetAttribute("href")
            ?? document.QuerySelector("meta[property='og:url']")?.GetAttribute("content"));
        return facts.ToPage(facts.Url ?? Path.GetFullPath(sourcePath), sourcePath, Language(document));
    }

    // The name from the <h1> or the <title> when nothing else gave one; "张伟 (Wei Zhang)" gives both forms. Once a
    // name is known, a heading adds only the other form it puts in parentheses beside that name.
    private static void NameFromHeadings(IDocument document, PageFacts facts)
    {
        var heading = document.QuerySelector("h1")?.TextContent;
        foreach (var candidate in new[] { heading, FirstTitleSegment(document.Title) })
        {
            if (PageFacts.Clean(candidate) is not { Length: <= 60 } text || PageLabels.Heading(text) is not null) continue;
            var open = text.IndexOfAny(['(', '（']);
            var close = open > 0 ? text.IndexOfAny([')', '）'], open) : -1;
            if (facts.Name is { } known)
            {
                if (close > 0 && text[..open].Contains(known, StringComparison.OrdinalIgnoreCase)) facts.OfferName(text[(open + 1)..close], "title");
                return;
            }

            if (close > 0)
            {
                facts.OfferName(text[..open], "title");
                facts.OfferName(text[(open + 1)..close], "title");
            }
            else
            {
                facts.OfferName(text, "title");
            }

            return;
        }
    }

    // The short line under the name on many pages: "Senior Environmental Economist, World Bank".
    private static void Tagline(IReadOnlyList<PageLine> lines, PageFacts facts)
    {
        if (facts.Position is not null) return;
        var h1 = -1;
        for (var i = 0; i < lines.Count && h1 < 0; i++)
            if (lines[i].Element?.LocalName == "h1") h1 = i;
        if (h1 < 0 || h1 + 1 >= lines.Count) return;
        var line = lines[h1 + 1].Text;
        if (line.Length > 100 || PageLabels.Heading(line) is not null || PageLabels.Labelled(line).Count > 0 || !PositionWords.Any(w => line.Contains(w, StringComparison.OrdinalIgnoreCase))) return;
        var comma = line.IndexOfAny([',', '，']);
        facts.OfferPosition(comma > 0 ? line[..comma] : line, "tagline");
        if (comma > 0) facts.OfferInstitution(line[(comma + 1)..], "tagline");
    }

    // "Wei Zhang - School of Computer Science - Peking University" → "Wei Zhang".
    private static string? FirstTitleSegment(string? title)
    {
        if (string.IsNullOrWhiteSpace(title)) return null;
        var end = title.IndexOfAny(['|', '-', '–', '—', '_', '·']);
        return end > 0 ? title[..end] : title;
    }

    private static string? Language(IDocument document)
    {
        if (document.DocumentElement.GetAttribute("lang") is { Length: >= 2 } lang) return lang[..2].ToLowerInvariant();
        var text = document.Body?.TextContent ?? "";
        int han = 0, letters = 0;
        foreach (var c in text)
        {
            if (c is >= '\u4E00' and <= '\u9FFF') han++;
            else if (char.IsLetter(c)) letters++;
        }

        return han + letters == 0 ? null : han * 2 > letters ? "zh" : "en";
    }
}
