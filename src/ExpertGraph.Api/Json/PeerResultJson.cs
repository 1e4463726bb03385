using ExpertGraph.Query.Peers;

namespace ExpertGraph.Api.Json;

/// <summary>A person's peers: similarity, standing, graph distance and the concepts they share.</summary>
public static class PeerResultJson
{
    public static object Create(PeerResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new
        {
            personId = result.Person.Id.ToString(),
            name = result.Person.DisplayName,
            works = result.Works,
            levelPercentile = Math.Round(result.LevelPercentile, 3),
            peers = result.Peers.Select(p => new
            {
                rank = p.Rank,
                personId = p.Person.Id.ToString(),
                name = p.Person.DisplayName,
                institution = p.Person.Institution,
                country = p.Person.CountryCode,
                similarity = Math.Round(p.Similarity, 4),
                levelPercentile = Math.Round(p.LevelPercentile, 3),
                works = p.Works,
                distance = p.Distance,
                sharedConcepts = p.SharedConcepts.Select(c => new { id = c.ConceptId, label = c.Label }),
            }),
        };
    }
}
