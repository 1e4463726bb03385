using AngleSharp.Dom;
using ExpertGraph.Core.Model;

namespace ExpertGraph.Ingestion.ProfilePages;

/// <summary>Links to scholarly profiles (ORCID, Google Scholar, DBLP, ...) and mailto links anywhere on the page.</summary>
internal static class ScholarLinks
{
    private static readonly (string Host, string Label)[] Hosts =
    [
        ("orcid.org", "ORCID"), ("scholar.google.", "Google Scholar"), ("dblp.org", "DBLP"), ("dblp.uni-trier.de", "DBLP"),
        ("researchgate.net", "ResearchGate"), ("semanticscholar.org", "Semantic Scholar"), ("github.com", "GitHub"),
        ("scopus.com/authid", "Scopus"), ("webofscience.com", "Web of Science"), ("publons.com", "Publons"),
        ("researcherid.com", "ResearcherID"), ("openalex.org/A", "OpenAlex"), ("mathgenealogy.org", "Mathematics Genealogy"),
    ];

    public static string? LabelOf(string url)
    {
        foreach (var (host, label) in Hosts)
            if (url.Contains(host, StringComparison.OrdinalIgnoreCase)) return label;
        return null;
    }

    public static void Read(IDocument document, PageFacts facts)
    {
        foreach (var anchor in document.QuerySelectorAll("a[href]"))
        {
            var href = anchor.GetAttribute("href")!.Trim();
            if (href.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase)) facts.AddEmail(href, "links");
            else if (LabelOf(href) is { } label) facts.AddLink(new PageLink(label, href));
        }
    }
}
