using System.CommandLine;
using ExpertGraph.Cli.Output;
using ExpertGraph.Query.Peers;

namespace ExpertGraph.Cli.Commands;

/// <summary>
/// <c>expertgraph peers &lt;person&gt; [--k 20] [--country CN] [--exclude-coauthors] [--any-level] [--format table|json]</c>:
/// same-field peers of similar standing (<see cref="PeerFinder"/>).
/// </summary>
internal static class PeersCommand
{
    public static Command Create(WorkspaceOptions workspaceOptions)
    {
        var person = new Argument<string>("person") { Description = "The person (P12)" };
        var k = new Option<int>("--k") { Description = "Number of peers", DefaultValueFactory = _ => 20 };
        var country = new Option<string?>("--country") { Description = "Only peers whose institution is in this country (ISO code, e.g. CN)" };
        var excludeCoauthors = new Option<bool>("--exclude-coauthors") { Description = "Leave out the person's direct collaborators" };
        var anyLevel = new Option<bool>("--any-level") { Description = "Do not match standing: nearest fields at any level" };
        var format = new Option<OutputFormat>("--format") { Description = "table or json", DefaultValueFactory = _ => OutputFormat.Table };
        var command = new Command("peers", "Same-field peers of similar standing (小同行): nearest fields, matched on standing, with the concepts they share")
        {
            person, k, country, excludeCoauthors, anyLevel, format,
        };
        command.SetAction(parse =>
        {
            var query = new PeerQuery(PersonsCommand.Person(parse.GetValue(person)))
            {
                K = parse.GetValue(k),
                CountryCode = parse.GetValue(country)?.ToUpperInvariant(),
                ExcludeCoauthors = parse.GetValue(excludeCoauthors),
                MatchLevel = !parse.GetValue(anyLevel),
            };
            var problems = query.Validate();
            if (problems.Count > 0)
            {
                Console.Error.WriteLine("error: " + string.Join("; ", problems));
                return 2;
            }

            using var workspace = workspaceOptions.Open(parse);
            var result = workspace.OpenPeerFinder(TimeProvider.System).Find(query);
            PeerResultWriter.Write(Console.Out, result, parse.GetValue(format));
            return 0;
        });
        return command;
    }
}
