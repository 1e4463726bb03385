using System.CommandLine;
using System.Globalization;
using ExpertGraph.Core.Lexicon;
using ExpertGraph.Query;

namespace ExpertGraph.Cli.Commands;

/// <summary>`lexicon show &lt;term|id&gt;`: a concept with its ancestors, children, terms and the evidence of its merges.</summary>
internal static class LexiconShowCommand
{
    private const int ChildrenShown = 25;

    public static Command Create(WorkspaceOptions workspaceOptions)
    {
        var what = new Argument<string>("term-or-id") { Description = "A concept id (e.g. MESH:D006108) or any text in zh or en (e.g. 石墨烯, \"machine learning\")" };
        var command = new Command("show", "A concept with its ancestors, children and terms; text shows every concept it names") { what };
        command.SetAction(parse =>
        {
            using var workspace = workspaceOptions.Open(parse);
            if (workspace.Lexicon is not { } loaded)
            {
                Console.Error.WriteLine("error: no lexicon installed (see --lexicon)");
                return 2;
            }

            var text = (parse.GetValue(what) ?? "").Trim();
            var lexicon = loaded.Tagger.Lexicon;
            var concepts = loaded.FindConcepts(text);
            if (concepts.Count == 0)
            {
                Console.Error.WriteLine($"error: \"{text}\" is no concept id and names no concept of the lexicon");
                return 1;
            }

            foreach (var concept in concepts) Write(Console.Out, lexicon, concept);
            return 0;
        });
        return command;
    }

    private static void Write(TextWriter output, Lexicon lexicon, int index)
    {
        var concept = lexicon.Concepts[index];
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{concept.Id}  level {concept.Level}"));
        output.WriteLine($"  zh: {Or(concept.LabelZh)}");
        output.WriteLine($"  en: {Or(concept.LabelEn)}");
        output.WriteLine($"  sources: {string.Join(", ", concept.Sources)}");
        foreach (var alignment in lexicon.Alignments.Where(a => a.ConceptId == concept.Id))
            output.WriteLine($"  merged {alignment.MergedId} on {alignment.Evidence}");

        var ancestors = lexicon.Ancestors(index);
        output.WriteLine(ancestors.Count == 0 ? "  ancestors: none (a root)" : "  ancestors:");
        foreach (var (ancestor, distance) in ancestors)
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    {new string(' ', 2 * (distance - 1))}↑ {Describe(lexicon.Concepts[ancestor])}"));

        var children = lexicon.Children(index).ToArray();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  children: {children.Length}"));
        foreach (var child in children.Take(ChildrenShown)) output.WriteLine($"    ↓ {Describe(lexicon.Concepts[child])}");
        if (children.Length > ChildrenShown) output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"    … {children.Length - ChildrenShown} more"));

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  terms: {lexicon.Terms(index).Count}"));
        foreach (var term in lexicon.Terms(index))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"    {LexiconFiles.LanguageName(term.Language)} {LexiconFiles.KindName(term.Kind),-12} {term.Weight:0.###}  {term.Text}  ({term.Source})"));
        }

        output.WriteLine();
    }

    private static string Describe(Concept concept) =>
        string.Create(CultureInfo.InvariantCulture, $"{concept.Id} {string.Join(" / ", new[] { concept.LabelZh, concept.LabelEn }.Where(l => l.Length > 0))} (level {concept.Level})");

    private static string Or(string label) => label.Length == 0 ? "—" : label;
}
