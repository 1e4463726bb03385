using System.CommandLine;
using System.Globalization;
using ExpertGraph.Core.Model;
using ExpertGraph.Graph;
using ExpertGraph.Graph.Paths;
using ExpertGraph.Query.Graph;

namespace ExpertGraph.Cli.Commands;

/// <summary><c>expertgraph path P1 [P2 …] P9</c>: chains of real collaborations from our people to a target, with evidence.</summary>
internal static class PathCommand
{
    public static Command Create(WorkspaceOptions workspaceOptions)
    {
        var persons = new Argument<string[]>("persons") { Description = "Our people (ids such as P12, or @file of ids), then the target person last", Arity = ArgumentArity.OneOrMore };
        var maxHops = new Option<int>("--max-hops") { Description = $"At most this many hops (1–{PathOptions.HopLimit})", DefaultValueFactory = _ => PathOptions.HopLimit };
        var count = new Option<int>("--k") { Description = "Number of paths: the k shortest simple paths", DefaultValueFactory = _ => 1 };
        var strongest = new Option<bool>("--strongest") { Description = "The path of strongest ties (count and recency of shared work) instead of fewest hops" };
        var kinds = new Option<string>("--kinds") { Description = "Ties a path may use: paper, patent, project, institution (colleagues at a small institution in overlapping years), comma-separated, or all", DefaultValueFactory = _ => "paper,patent,project" };
        var evidence = new Option<int>("--evidence") { Description = "Shared works shown per hop", DefaultValueFactory = _ => 3 };
        var command = new Command("path", "How to reach an expert: shortest chains of collaborations, each hop with its shared works")
        {
            persons, maxHops, count, strongest, kinds, evidence,
        };
        command.SetAction(parse =>
        {
            PathRequest request;
            try
            {
                var ids = PersonIdList.Parse(parse.GetValue(persons)!, "persons");
                if (ids.Count < 2) throw new FormatException("give at least one of our people and the target");
                if (parse.GetValue(maxHops) is < 1 or > PathOptions.HopLimit) throw new FormatException($"--max-hops is between 1 and {PathOptions.HopLimit}");
                if (parse.GetValue(count) is < 1 or > 100) throw new FormatException("--k is between 1 and 100");
                if (parse.GetValue(count) > 1 && parse.GetValue(strongest)) throw new FormatException("--k and --strongest do not go together: the strongest path is one path");
                request = new PathRequest([.. ids.Take(ids.Count - 1)], ids[^1])
                {
                    MaxHops = parse.GetValue(maxHops),
                    Count = parse.GetValue(count),
                    Strongest = parse.GetValue(strongest),
                    Kinds = EdgeKindNames.Parse(parse.GetValue(kinds)!),
                    EvidencePerHop = Math.Max(0, parse.GetValue(evidence)),
                };
            }
            catch (Exception ex) when (ex is FormatException or ArgumentException or ExpertGraphException)
            {
                Console.Error.WriteLine("error: " + ex.Message);
                return 2;
            }

            using var workspace = workspaceOptions.Open(parse);
            var network = workspace.OpenCollaborationNetwork(TimeProvider.System);
            if (network.DerivedTablesStale)
                Console.Error.WriteLine("warning: the collaborations are older than the store's works (an interrupted ingest, or an upgrade); run ingest again to bring paths up to date");
            var answer = network.FindPaths(request);
            foreach (var person in answer.UnknownPersons) Console.Error.WriteLine($"warning: {person} is not in this store");
            Print(answer, request);
            return 0;
        });
        return command;
    }

    private static void Print(PathAnswer answer, PathRequest request)
    {
        var output = Console.Out;
        if (answer.Paths.Count == 0)
        {
            output.WriteLine($"no path within {request.MaxHops} hops ({EdgeKindNames.Format(request.Kinds)})");
            return;
        }

        for (var i = 0; i < answer.Paths.Count; i++)
        {
            var path = answer.Paths[i];
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"path {i + 1} of {answer.Paths.Count}: {path.HopCount} hops, strength {path.Strength:0.###}"));
            if (path.HopCount == 0) output.WriteLine($"  {request.To} is one of our people");
            for (var h = 0; h < path.Hops.Count; h++)
            {
                var hop = path.Hops[h];
                if (h == 0) output.WriteLine("  " + Describe(hop.From));
                output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"    │ {EdgeKindNames.Format(hop.Kinds)}: {hop.WorkCount} shared work{(hop.WorkCount == 1 ? "" : "s")}{(hop.Institutions.Count > 0 ? $", {hop.Institutions.Count} shared institution{(hop.Institutions.Count == 1 ? "" : "s")}" : "")}, tie {hop.Strength:0.##}"));
                foreach (var place in hop.Institutions)
                    output.WriteLine($"    │   colleagues at {place.Name}: {hop.From.Id} {place.FromFirstYear}–{place.FromLastYear}, {hop.To.Id} {place.ToFirstYear}–{place.ToLastYear}");
                foreach (var work in hop.Works)
                    output.WriteLine($"    │   {work.Year?.ToString(CultureInfo.InvariantCulture) ?? "n.d."} {work.Kind.ToString().ToLowerInvariant()} \"{work.Title}\" ({work.AuthorCount} authors, W{work.Work.Value})");
                output.WriteLine("  " + Describe(hop.To));
            }
        }
    }

    private static string Describe(Core.Storage.PersonSummary person)
    {
        var where = string.Join(", ", new[] { person.Institution, person.CountryCode }.Where(s => !string.IsNullOrEmpty(s)));
        return $"{person.Id} {person.DisplayName}{(where.Length > 0 ? " — " + where : "")}";
    }
}
