using ExpertGraph.Core.Lexicon;

namespace ExpertGraph.Benchmarks.Lexicon;

/// <summary>
/// The lexicon folder the benchmarks load: EXPERTGRAPH_LEXICON or the built lexicon copied beside the program when
/// it has concepts.tsv and terms.tsv, else a synthetic one of full size written once to a temporary folder.
/// </summary>
internal static class BenchmarkLexicon
{
    public static (string Folder, bool Synthetic) Folder()
    {
        var folder = LexiconLocation.Resolve();
        if (LexiconFiles.Exists(folder)) return (folder, false);
        var synthetic = Path.Combine(Path.GetTempPath(), "expertgraph-synthetic-lexicon-v1");
        if (!LexiconFiles.Exists(synthetic))
            LexiconFiles.Write(synthetic, SyntheticLexicon.Generate(TaggingCorpus.Load(4)), ["synthetic lexicon for benchmarks (seed 1)"]);
        return (synthetic, true);
    }
}
