using System.Globalization;
using ExpertGraph.Core.Storage;
using ExpertGraph.Graph;
using ExpertGraph.Query.Graph;

namespace ExpertGraph.Api.Json;

/// <summary>Paths of collaborations: every hop with who, the kinds of tie, its strength and its evidence (shared works, shared institutions).</summary>
public static class PathAnswerJson
{
    public static object Create(PathAnswer answer, PathRequest request)
    {
        ArgumentNullException.ThrowIfNull(answer);
        ArgumentNullException.ThrowIfNull(request);
        return new
        {
            from = request.From.Select(p => p.ToString()),
            to = request.To.ToString(),
            maxHops = request.MaxHops,
            kinds = EdgeKindNames.Format(request.Kinds),
            strongest = request.Strongest,
            paths = answer.Paths.Select(path => new
            {
                hops = path.HopCount,
                strength = Math.Round(path.Strength, 4),
                steps = path.Hops.Select(hop => new
                {
                    from = Person(hop.From),
                    to = Person(hop.To),
                    kinds = EdgeKindNames.Format(hop.Kinds),
                    strength = Math.Round(hop.Strength, 4),
                    sharedWorks = hop.WorkCount,
                    works = hop.Works.Select(w => new
                    {
                        id = "W" + w.Work.Value.ToString(CultureInfo.InvariantCulture), kind = w.Kind.ToString().ToLowerInvariant(), title = w.Title, year = w.Year,
                        authors = w.AuthorCount,
                    }),
                    institutions = hop.Institutions.Select(i => new
                    {
                        name = i.Name, fromYears = new[] { i.FromFirstYear, i.FromLastYear }, toYears = new[] { i.ToFirstYear, i.ToLastYear },
                    }),
                }),
            }),
        };
    }

    private static object Person(PersonSummary p) => new { personId = p.Id.ToString(), name = p.DisplayName, institution = p.Institution, country = p.CountryCode };
}
