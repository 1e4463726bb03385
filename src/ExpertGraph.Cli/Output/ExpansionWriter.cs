using System.Globalization;
using ExpertGraph.Core.Lexicon;
using ExpertGraph.Search.Expansion;

namespace ExpertGraph.Cli.Output;

/// <summary>Shows what a query expanded to: each concept with why it is there, its boost, and the terms searched for it.</summary>
internal static class ExpansionWriter
{
    public static void WriteTable(TextWriter output, QueryExpansion? expansion)
    {
        if (expansion is null)
        {
            output.WriteLine("expansion: none (no lexicon, or --no-expand)");
            return;
        }

        if (expansion.IsEmpty)
        {
            output.WriteLine($"expansion: no lexicon concept named in \"{expansion.Text}\"; searched as typed");
            output.WriteLine();
            return;
        }

        output.WriteLine(expansion.Remainder.Length == 0
            ? $"expansion of \"{expansion.Text}\" (fully covered by concepts):"
            : $"expansion of \"{expansion.Text}\" (also searched as typed: \"{expansion.Remainder}\"):");
        foreach (var concept in expansion.Concepts)
        {
            var why = concept.Distance == 0 ? $"named by \"{concept.MatchedText}\"" : $"descendant, {concept.Distance} level(s) down";
            var label = string.Join(" / ", new[] { concept.LabelZh, concept.LabelEn }.Where(l => l.Length > 0));
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {(concept.Distance == 0 ? "*" : "-")} {concept.ConceptId} {label} (level {concept.Level}; {why}; boost {concept.Boost:0.###})"));
            if (concept.Terms.Count > 0)
                output.WriteLine("      terms: " + string.Join(", ", concept.Terms.Select(t => $"{t.Text} [{LexiconFiles.LanguageName(t.Language)} {LexiconFiles.KindName(t.Kind)}]")));
        }

        output.WriteLine();
    }
}
