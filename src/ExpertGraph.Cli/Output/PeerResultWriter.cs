using System.Globalization;
using ExpertGraph.Api.Json;
using ExpertGraph.Query.Peers;

namespace ExpertGraph.Cli.Output;

/// <summary>Writes a person's peers as a table (one line per peer, the shared concepts beneath) or as JSON.</summary>
internal static class PeerResultWriter
{
    public static void Write(TextWriter output, PeerResult result, OutputFormat format)
    {
        if (format == OutputFormat.Json)
        {
            output.WriteLine(ApiJson.Serialize(PeerResultJson.Create(result)));
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
