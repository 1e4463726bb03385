using ExpertGraph.Core.Model;
using ExpertGraph.Core.Text;

namespace ExpertGraph.Ingestion.ProfilePages;

/// <summary>
/// What the extraction steps have found so far. The first step to give a single-valued fact wins (schema.org markup
/// before labels before page structure); lists gather from every step without repeats.
/// </summary>
internal sealed class PageFacts
{
    private readonly List<string> _otherNames = [];
    private readonly List<string> _emails = [];
    private readonly List<string> _interests = [];
    private readonly List<PageLink> _links = [];
    private readonly List<PagePublication> _publications = [];
    private readonly List<string> _extractedBy = [];

    public string? Name { get; private set; }
    public string? Position { get; private set; }
    public string? Institution { get; private set; }
    public string? Department { get; private set; }
    public string? Url { get; private set; }
    public IReadOnlyList<PagePublication> Publications => _publications;

    /// <summary>Whether the page says anything about a person beyond a name (a news page's heading is not a profile).</summary>
    public bool HasPersonalFacts =>
        Position is not null || Institution is not null || _emails.Count > 0 || _interests.Count > 0 || _links.Count > 0 || _publications.Count > 0;

    public void OfferName(string? name, string method)
    {
        if (Clean(name) is not { } value) return;
        if (Name is null)
        {
            Name = value;
            Used(method);
        }
        else if (!string.Equals(Name, value, StringComparison.OrdinalIgnoreCase) && !Contains(_otherNames, value))
        {
            _otherNames.Add(value);
        }
    }

    public void OfferPosition(string? value, string method) => Position ??= Take(value, method);
    public void OfferInstitution(string? value, string method) => Institution ??= Take(value, method);
    public void OfferDepartment(string? value, string method) => Department ??= Take(value, method);
    public void OfferUrl(string? value) => Url ??= Clean(value);

    public void AddEmail(string? email, string method)
    {
        if (EmailText.Parse(email) is { } address && !Contains(_emails, address))
        {
            _emails.Add(address);
            Used(method);
        }
    }

    public void AddInterest(string? interest, string method)
    {
        if (Clean(interest) is { } value && value.Length <= 120 && !Contains(_interests, value))
        {
            _interests.Add(value);
            Used(method);
        }
    }

    public void AddLink(PageLink link)
    {
        if (!_links.Exists(l => string.Equals(l.Url, link.Url, StringComparison.OrdinalIgnoreCase))) _links.Add(link);
    }

    public void AddPublication(PagePublication publication, string method)
    {
        if (_publications.Exists(p => string.Equals(p.Text, publication.Text, StringComparison.Ordinal))) return;
        _publications.Add(publication);
        Used(method);
    }

    public ProfilePage ToPage(string key, string sourcePath, string? language) => new(key, Name!)
    {
        OtherNames = [.. _otherNames],
        Position = Position,
        Institution = Institution,
        Department = Department,
        Emails = [.. _emails],
        ResearchInterests = [.. _interests],
        Links = [.. _links],
        Publications = [.. _publications],
        Language = language,
        SourcePath = sourcePath,
        ExtractedBy = [.. _extractedBy],
    };

    private string? Take(string? value, string method)
    {
        var clean = Clean(value);
        if (clean is not null) Used(method);
        return clean;
    }

    private void Used(string method)
    {
        if (!_extractedBy.Contains(method, StringComparer.Ordinal)) _extractedBy.Add(method);
    }

    private static bool Contains(List<string> values, string value) => values.Exists(v => string.Equals(v, value, StringComparison.OrdinalIgnoreCase));

    internal static string? Clean(string? text)
    {
        var value = TextNormalizer.Normalize(text).Trim(' ', ',', ';', '，', '；', '、', '|', '-', '–', '—', ':', '：');
        return value.Length == 0 ? null : value;
    }
}
