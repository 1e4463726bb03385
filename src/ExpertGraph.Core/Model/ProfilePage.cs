namespace ExpertGraph.Core.Model;

/// <summary>
/// What a person's own web page states (a faculty page, a lab page, a personal homepage), read from saved HTML.
/// Evidence about a person, never a source record: it attaches to the person it matches and overwrites nothing.
/// </summary>
/// <param name="Key">The page's canonical URL when it gives one, else the path of the saved file.</param>
/// <param name="Name">The person's name as the page gives it first.</param>
public sealed record ProfilePage(string Key, string Name)
{
    /// <summary>Other forms of the name on the page (the English name of a Chinese page, alternateName).</summary>
    public IReadOnlyList<string> OtherNames { get; init; } = [];
    /// <summary>Title or position: "Professor", "研究员", "博士生导师".</summary>
    public string? Position { get; init; }
    public string? Institution { get; init; }
    public string? Department { get; init; }
    /// <summary>E-mail addresses, lower-case, de-obfuscated ("zhang#pku.edu.cn", "li [at] mit [dot] edu").</summary>
    public IReadOnlyList<string> Emails { get; init; } = [];
    public IReadOnlyList<string> ResearchInterests { get; init; } = [];
    /// <summary>Links to the person's other pages: homepage, ORCID, Google Scholar, DBLP, lab.</summary>
    public IReadOnlyList<PageLink> Links { get; init; } = [];
    public IReadOnlyList<PagePublication> Publications { get; init; } = [];
    /// <summary>ISO 639-1 code from the page's lang attribute, else "zh" when its text is mostly Chinese.</summary>
    public string? Language { get; init; }
    /// <summary>Where the saved page was read from.</summary>
    public string SourcePath { get; init; } = "";
    /// <summary>How the facts were found, strongest first: "json-ld", "microdata", "labels", "sections", "title".</summary>
    public IReadOnlyList<string> ExtractedBy { get; init; } = [];
}
