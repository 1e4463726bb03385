using ExpertGraph.Search.Careers;
using ExpertGraph.Search.Experts;

namespace ExpertGraph.Api.Json;

/// <summary>An expert search result: the experts with their careers, top works and reasons, the facets, and with explain the expansion.</summary>
public static class SearchResultJson
{
    public static object Create(ExpertSearchResult result, bool explain)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new
        {
            query = result.Query.IsDocument ? null : result.Query.Text,
            document = result.Query.IsDocument ? Truncate(result.Query.Text, 200) : null,
            matchedWorks = result.MatchedWorks,
            scorer = result.Scorer,
            expansion = explain ? ExpansionJson.Create(result.Expansion) : null,
            asOf = result.Query.AsOfYear,
            facets = result.Facets,
            experts = result.Experts.Select(e => new
            {
                rank = e.Rank,
                personId = e.Person.Id.ToString(),
                name = e.Person.DisplayName,
                institution = Institution(e),
                country = Country(e),
                orcid = e.Person.Orcid,
                career = e.Career is { } c ? new
                {
                    careerAge = c.CareerAge,
                    approximateAge = c.ApproximateAge,
                    stage = CareerStages.Name(c.Stage),
                    fieldPercentile = Math.Round(c.FieldPercentile, 3),
                    field = c.Field,
                    c.FirstYear,
                    c.LastYear,
                    c.Works,
                    c.Papers,
                    c.Patents,
                    c.Projects,
                    c.Citations,
                    hIndex = c.HIndex,
                    affiliations = c.Affiliations.Select(a => new { a.Name, country = a.CountryCode, a.FirstYear, a.LastYear, a.Works }),
                } : null,
                tie = e.Tie?.Describe(),
                score = Math.Round(e.Score, 4),
                matchedWorks = e.MatchedWorkCount,
                topWorks = e.TopWorks.Select(w => new { id = w.Id.ToString(), w.Title, w.Year, w.Kind, score = Math.Round(w.Score, 4) }),
                reasons = e.Features.Select(f => new { feature = f.Name, value = Math.Round(f.Value, 4), contribution = Math.Round(f.Contribution, 4) }),
            }),
        };
    }

    /// <summary>The institution at the query's date when the career is known, else the one stored with the person.</summary>
    public static string? Institution(ExpertHit hit) => hit?.Career is { } career ? career.Current?.Name : hit?.Person.Institution;

    public static string? Country(ExpertHit hit) => hit?.Career is { } career ? career.CountryCode : hit?.Person.CountryCode;

    public static string Truncate(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
