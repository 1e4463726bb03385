using ExpertGraph.Core.Model;

namespace ExpertGraph.Core.Lexicon;

/// <summary>
/// Loads a lexicon folder (and its optional traditional → simplified table) into a ready tagger, through the
/// compiled cache (<see cref="CompiledLexicon"/>) beside the files or in <c>cacheFolder</c>.
/// </summary>
public static class LexiconLoader
{
    /// <param name="folder">The lexicon folder; null resolves it through <see cref="LexiconLocation"/>.</param>
    /// <param name="extraTerms">Terms compiled beside the lexicon's own (the mined overlay).</param>
    /// <param name="cacheFolder">Where the compiled cache is kept; null: in the lexicon folder.</param>
    public static ConceptTagger Load(string? folder = null, IEnumerable<LexiconTerm>? extraTerms = null, string? cacheFolder = null)
    {
        var resolved = LexiconLocation.Resolve(folder);
        if (!LexiconFiles.Exists(resolved))
        {
            throw new ExpertGraphException(
                $"no lexicon in {resolved} ({LexiconFiles.ConceptsFile} and {LexiconFiles.TermsFile} expected); " +
                $"set {LexiconLocation.EnvironmentVariable} or build it with `expertgraph lexicon build`");
        }

        return CompiledLexicon.Load(resolved, cacheFolder, extraTerms).Tagger;
    }

    /// <summary>The folder's trad-simp.tsv, or an empty table when the folder has none.</summary>
    public static TraditionalChineseTable LoadTable(string folder)
    {
        var path = Path.Combine(folder, TraditionalChineseTable.FileName);
        return File.Exists(path) ? TraditionalChineseTable.Load(path) : TraditionalChineseTable.Empty;
    }
}
