using ExpertGraph.Core.Model;
using ExpertGraph.Core.Names;
using ExpertGraph.Core.Text;

namespace ExpertGraph.Ingestion.Normalization;

/// <summary>
/// The normalize stage: markup out of titles and abstracts (<see cref="MarkupText"/>), NFKC (full-width forms to
/// half-width) and whitespace on every text, names parsed (Western and Chinese), institution names
/// cleaned, a country inferred from the affiliation text where the source gives no code. Readers stay literal;
/// everything they leave raw is made uniform here, once, for every format.
/// </summary>
public sealed class WorkNormalizer
{
    private readonly CountryResolver _countries;

    public WorkNormalizer(CountryResolver countries)
    {
        ArgumentNullException.ThrowIfNull(countries);
        _countries = countries;
    }

    /// <summary>The normalized work, or null with a reason when nothing usable is left (an empty title).</summary>
    public Work? Normalize(Work work, out string? rejection)
    {
        ArgumentNullException.ThrowIfNull(work);
        var title = TextNormalizer.Normalize(MarkupText.ToPlainText(work.Title));
        if (title.Length == 0)
        {
            rejection = "missing title";
            return null;
        }

        rejection = null;
        return work with
        {
            Title = title,
            Abstract = TextNormalizer.NormalizeOrNull(MarkupText.ToPlainText(work.Abstract)),
            Venue = TextNormalizer.NormalizeOrNull(work.Venue),
            Keywords = NormalizeKeywords(work.Keywords),
            Authors = [.. work.Authors.Select(NormalizeMention)],
            Organizations = [.. work.Organizations.Select(NormalizeAffiliation)],
        };
    }

    private AuthorMention NormalizeMention(AuthorMention mention)
    {
        var raw = TextNormalizer.Normalize(mention.RawName);
        return mention with
        {
            RawName = raw,
            Name = mention.Name is { } name
                ? name with { Family = TextNormalizer.Normalize(name.Family), Given = TextNormalizer.Normalize(name.Given) }
                : PersonNameParser.Parse(raw),
            Affiliations = [.. mention.Affiliations.Select(NormalizeAffiliation)],
            Email = TextNormalizer.NormalizeOrNull(mention.Email)?.ToLowerInvariant(),
        };
    }

    private AffiliationMention NormalizeAffiliation(AffiliationMention affiliation)
    {
        var raw = TextNormalizer.Normalize(affiliation.RawText);
        var organization = affiliation.Organization is { } org ? InstitutionNameNormalizer.Normalize(org) : null;
        var country = affiliation.CountryCode?.Trim().ToUpperInvariant();
        if (string.IsNullOrEmpty(country)) country = _countries.FromText(raw) ?? (organization is null ? null : _countries.FromText(organization));
        return affiliation with
        {
            RawText = raw,
            Organization = string.IsNullOrEmpty(organization) ? null : organization,
            City = TextNormalizer.NormalizeOrNull(affiliation.City),
            CountryCode = country,
        };
    }

    private static IReadOnlyList<string> NormalizeKeywords(IReadOnlyList<string> keywords)
    {
        if (keywords.Count == 0) return keywords;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<string>(keywords.Count);
        foreach (var keyword in keywords)
        {
            var normalized = TextNormalizer.Normalize(keyword);
            if (normalized.Length > 0 && seen.Add(normalized)) result.Add(normalized);
        }

        return result;
    }
}
