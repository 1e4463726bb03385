using System.Globalization;
using System.Text.Json;
using ExpertGraph.Query.Peers;

namespace ExpertGraph.Cli.Output;

/// <summary>Writes a person's peers as a table (one line per peer, the shared concepts beneath) or as JSON.</summary>
internal static class PeerResultWriter
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(TextWriter output, PeerResult result, OutputFormat format)
    {
        if (format == OutputFormat.Json)
        {
            output.WriteLine(JsonSerializer.Serialize(new
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
            }, Json));
            return;
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"peers of {result.Person.DisplayName} [{result.Person.Id}]: {result.Works} works, standing: percentile {100 * result.LevelPercentile:0} of the field by works"));
        if (result.Peers.Count == 0)
        {
            output.WriteLine("no peers found (try --any-level, or without --country)");
            return;
        }

        foreach (var p in result.Peers)
        {
            var where = string.Join(", ", new[] { p.Person.Institution, p.Person.CountryCode }.Where(s => !string.IsNullOrEmpty(s)));
            var distance = p.Distance is { } hops ? $"{hops} hop{(hops == 1 ? "" : "s")} away" : $"over {PeerFinder.MaxDistance} hops away";
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{p.Rank,3}. {p.Person.DisplayName}{(where.Length > 0 ? " — " + where : "")}  [{p.Person.Id}] similarity {p.Similarity:0.00}, {p.Works} works (percentile {100 * p.LevelPercentile:0}), {distance}"));
            if (p.SharedConcepts.Count > 0) output.WriteLine("       shared: " + string.Join("; ", p.SharedConcepts.Select(c => c.Label)));
        }
    }
}
