using System.Diagnostics;
using System.Globalization;
using ExpertGraph.Core.Lexicon;
using CoreLexicon = ExpertGraph.Core.Lexicon.Lexicon;

namespace ExpertGraph.Benchmarks.Lexicon;

/// <summary>The steps of loading a lexicon folder into a tagger, timed one by one.</summary>
internal sealed record LexiconLoadTimer(TimeSpan ReadFiles, TimeSpan BuildLexicon, TimeSpan ReadTable, TimeSpan BuildAutomaton)
{
    public TimeSpan Total => ReadFiles + BuildLexicon + ReadTable + BuildAutomaton;

    public static LexiconLoadTimer Measure(string folder)
    {
        var watch = Stopwatch.StartNew();
        var data = LexiconFiles.Read(folder);
        var read = watch.Elapsed;
        var lexicon = new CoreLexicon(data);
        var built = watch.Elapsed;
        var table = LexiconLoader.LoadTable(folder);
        var tabled = watch.Elapsed;
        _ = ConceptAutomatonBuilder.Build(lexicon, table: table);
        var compiled = watch.Elapsed;
        return new LexiconLoadTimer(read, built - read, tabled - built, compiled - tabled);
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{Total.TotalSeconds:F2} s (read TSV {ReadFiles.TotalSeconds:F2} s, Lexicon {BuildLexicon.TotalSeconds:F2} s, " +
        $"trad-simp {ReadTable.TotalSeconds:F2} s, automaton {BuildAutomaton.TotalSeconds:F2} s)");
}
