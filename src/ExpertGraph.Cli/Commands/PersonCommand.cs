using System.CommandLine;
using ExpertGraph.Core.Model;
using ExpertGraph.Query;

namespace ExpertGraph.Cli.Commands;

internal static class PersonCommand
{
    /// <summary>The strongest concepts of a person's profile shown beside them.</summary>
    private const int FieldsShown = 4;

    private static int Level(Workspace workspace, string conceptId) =>
        workspace.Lexicon is { } lexicon && lexicon.Tagger.Lexicon.TryFind(conceptId, out var index) ? lexicon.Tagger.Lexicon.Concepts[index].Level : int.MaxValue;

    private static string Label(Workspace workspace, string conceptId) =>
        workspace.Lexicon is { } lexicon && lexicon.Tagger.Lexicon.TryFind(conceptId, out var index)
            ? string.Join(" / ", new[] { lexicon.Tagger.Lexicon.Concepts[index].LabelZh, lexicon.Tagger.Lexicon.Concepts[index].LabelEn }.Where(l => l.Length > 0))
            : conceptId;

    public static Command Create(WorkspaceOptions workspaceOptions)
    {
        var text = new Argument<string>("name") { Description = "A name, optionally with an institution: \"Wei Zhang Tsinghua\", \"王威 南开大学\"" };
        var limit = new Option<int>("--limit") { Description = "Number of persons", DefaultValueFactory = _ => 20 };
        var command = new Command("person", "Find persons by name (any written form) and institution") { text, limit };
        command.SetAction(parse =>
        {
            var query = parse.GetValue(text);
            if (string.IsNullOrWhiteSpace(query) || parse.GetValue(limit) < 1)
            {
                Console.Error.WriteLine("error: give a name and a limit of at least 1");
                return 2;
            }

            using var workspace = workspaceOptions.Open(parse);
            try
            {
                using var lookup = workspace.OpenPersonLookup();
                var persons = lookup.Find(query, parse.GetValue(limit));
                // Disciplines (levels 1-2) sit atop everyone's profile; the fields shown are the specific ones.
                var fields = workspace.Store.GetPersonConcepts([.. persons.Select(p => p.Id)], 64)
                    .Where(c => Level(workspace, c.ConceptId) > 2)
                    .GroupBy(c => c.Person)
                    .ToDictionary(g => g.Key, g => g.Take(FieldsShown).ToList());
                foreach (var p in persons)
                {
                    var where = string.Join(", ", new[] { p.Institution, p.CountryCode }.Where(s => !string.IsNullOrEmpty(s)));
                    var years = p.FirstYear is { } first ? $", {first}–{p.LastYear}" : "";
                    Console.Out.WriteLine($"{p.Id,-9} {p.DisplayName}{(where.Length > 0 ? " — " + where : "")}  ({p.WorkCount} works{years})");
                    if (fields.TryGetValue(p.Id, out var strongest))
                        Console.Out.WriteLine("          fields: " + string.Join("; ", strongest.Select(c => Label(workspace, c.ConceptId))));
                }

                Console.Out.WriteLine($"{persons.Count} persons for \"{query}\"");
                return 0;
            }
            // No index yet is a usage problem (exit 2); a damaged one is a failure (exit 1, reported by Program).
            catch (ExpertGraphException ex) when (ex is not IndexDamagedException)
            {
                Console.Error.WriteLine("error: " + ex.Message);
                return 2;
            }
        });
        return command;
    }
}
