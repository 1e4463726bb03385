using ExpertGraph.Api.Scouting;
using ExpertGraph.Core.Model;
using ExpertGraph.Search.Experts;

namespace ExpertGraph.Api.Requests;

/// <summary>
/// GET /api/search: the topic (q) and the scout filters of `expertgraph search`, as text, so that every bad value is
/// reported in one answer. Repeat stage or comma-separate it.
/// </summary>
public sealed class SearchParameters
{
    public string? Q { get; init; }
    public string? Kind { get; init; }
    public string? Country { get; init; }
    public string? Institution { get; init; }
    public string? InstitutionScope { get; init; }
    public string? Ties { get; init; }
    public string? CareerAge { get; init; }
    public string? Age { get; init; }
    public string[]? Stage { get; init; }
    public string? ActiveSince { get; init; }
    public string? HasPatents { get; init; }
    public string? HasGrants { get; init; }
    public string? AsOf { get; init; }
    public string? Limit { get; init; }
    public string? Explain { get; init; }
    public string? Expand { get; init; }

    internal ExpertQuery? ToQuery(ParameterReader read, out bool explain)
    {
        explain = read.Bool("explain", Explain, false);
        if (string.IsNullOrWhiteSpace(Q)) read.Add("q is missing: give the topic to search, e.g. q=biodiversity finance");
        else if (Q.Length > ApiLimits.MaxQueryLength) read.Add($"q is longer than {ApiLimits.MaxQueryLength} characters");
        var query = new ExpertQuery(Q ?? "")
        {
            Kind = read.Enum<WorkKind>("kind", Kind),
            CountryCode = Blank(Country)?.ToUpperInvariant(),
            Institution = Blank(Institution),
            InstitutionScope = read.Enum<InstitutionScope>("institutionScope", InstitutionScope) ?? global::ExpertGraph.Search.Experts.InstitutionScope.Current,
            TiesTo = Blank(Ties)?.ToUpperInvariant(),
            CareerAge = ScoutFilters.Range("careerAge", Blank(CareerAge), read.Sink),
            ApproximateAge = ScoutFilters.Range("age", Blank(Age), read.Sink),
            Stages = ScoutFilters.Stages("stage", Stage, read.Sink),
            ActiveSince = read.OptionalInt("activeSince", ActiveSince, int.MinValue, int.MaxValue),
            HasPatents = read.Bool("hasPatents", HasPatents, false),
            HasGrants = read.Bool("hasGrants", HasGrants, false),
            AsOfYear = read.OptionalInt("asOf", AsOf, int.MinValue, int.MaxValue),
            Limit = read.Int("limit", Limit, 10, 1, ApiLimits.MaxResults),
            Expand = read.Bool("expand", Expand, true),
        };
        // Validation of the whole query adds what only combinations show (ties to the country filtered on); an empty q is reported once.
        read.AddRange(query.Validate().Where(p => !string.IsNullOrWhiteSpace(Q) || !p.StartsWith("query text", StringComparison.Ordinal)));
        return read.Problems.Count == 0 ? query : null;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
