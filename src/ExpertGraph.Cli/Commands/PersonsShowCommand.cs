using System.CommandLine;
using System.Globalization;

namespace ExpertGraph.Cli.Commands;

/// <summary>
/// <c>expertgraph persons show &lt;person&gt; [--limit N]</c>: a person's mentions as curators name them
/// (<c>openalex:W2741809807#0</c>: the work's source key and the author's position), newest first, pins marked, after
/// the person's resolution confidence and conflation flags.
/// </summary>
internal static class PersonsShowCommand
{
    public static Command Create(WorkspaceOptions workspaceOptions)
    {
        var person = new Argument<string>("person") { Description = "The person (P12)" };
        var limit = new Option<int>("--limit") { Description = "Number of mentions", DefaultValueFactory = _ => 50 };
        var command = new Command("show", "A person's mentions, named as merge, split and pin take them") { person, limit };
        command.SetAction(parse =>
        {
            if (parse.GetValue(limit) < 1) throw new Core.Curation.CurationException("--limit must be at least 1");
            var id = PersonsCommand.Person(parse.GetValue(person));
            using var workspace = workspaceOptions.Open(parse);
            var found = workspace.Store.GetPersons([id]);
            if (found.Count == 0)
            {
                throw new Core.Curation.CurationException(workspace.Store.RedirectOf(id) is { } target
                    ? $"person {id} was merged into {target}: use {target}"
                    : $"unknown person {id}");
            }

            Console.Out.WriteLine($"{id} {found[0].DisplayName}");
            Console.Out.WriteLine(Resolution(workspace.Store.GetPersonResolution(id)));
            var mentions = workspace.Store.GetPersonMentions(id, parse.GetValue(limit));
            foreach (var m in mentions)
            {
                Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {m.Reference}  {m.Year?.ToString(CultureInfo.InvariantCulture) ?? "----"}  {m.RawName}{(m.Pinned ? " [pinned]" : "")}  {m.Title}"));
            }

            Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{mentions.Count} mentions shown"));
            return 0;
        });
        return command;
    }

    /// <summary>"resolution confidence 0.87, …": how sure resolution is of the person, and what inspecting it found.</summary>
    internal static string Resolution(Core.Resolution.PersonResolution? resolution) => resolution switch
    {
        null => "resolution confidence: not weighed (made by the exact-key resolver; persons resolve weighs it)",
        { Inspected: false } => string.Create(CultureInfo.InvariantCulture,
            $"resolution confidence {resolution.Confidence:0.00} (weighed at ingest; not yet inspected for conflation: persons resolve does)"),
        { Flags.Count: 0 } => string.Create(CultureInfo.InvariantCulture, $"resolution confidence {resolution.Confidence:0.00}, no conflation signs"),
        _ => string.Create(CultureInfo.InvariantCulture, $"resolution confidence {resolution.Confidence:0.00}, flagged: {string.Join("; ", resolution.Flags)}"),
    };
}
