using System.Security.Cryptography;
using ExpertGraph.Core.Lexicon;
using ExpertGraph.Search.Expansion;

namespace ExpertGraph.Query;

public sealed partial class Workspace
{
    /// <summary>Where mined terms live in a data folder (written by `lexicon mine`, compiled beside the lexicon's own).</summary>
    public string MinedTermsPath => Path.Combine(Directory.Root, "lexicon", "mined-terms.tsv");

    /// <summary>
    /// The lexicon (lexicon/ beside the program, or EXPERTGRAPH_LEXICON), loaded once on first use with the data
    /// folder's mined terms; null when no lexicon is installed, in which case works are stored untagged and queries
    /// are searched as typed.
    /// </summary>
    public LoadedLexicon? Lexicon => _lexicon.Value;

    /// <summary>Query expansion over <see cref="Lexicon"/>, or null without one.</summary>
    public QueryExpander? CreateExpander(ExpansionOptions? options = null) =>
        Lexicon is { } lexicon ? new QueryExpander(lexicon.Tagger, options) : null;

    private LoadedLexicon? LoadLexicon()
    {
        var folder = LexiconLocation.Resolve(_lexiconFolder);
        if (!LexiconFiles.Exists(folder))
        {
            if (_lexiconFolder is not null) throw new Core.Model.ExpertGraphException($"no lexicon in {folder} ({LexiconFiles.ConceptsFile} and {LexiconFiles.TermsFile} expected)");
            return null;
        }

        var mined = File.Exists(MinedTermsPath) ? LexiconFiles.ReadTerms(MinedTermsPath) : [];
        var tagger = LexiconLoader.Load(folder, mined);
        return new LoadedLexicon(tagger, folder, Version(folder), mined.Count);
    }

    /// <summary>Writes the lexicon's concepts into the store when the store holds another version (or none).</summary>
    private void SyncStoreLexicon()
    {
        if (Lexicon is not { } lexicon || _store.LexiconVersion == lexicon.Version) return;
        _store.WriteLexicon(lexicon.Tagger.Lexicon.Concepts, lexicon.Version);
    }

    private long Version(string folder)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var path in new[] { Path.Combine(folder, LexiconFiles.ConceptsFile), Path.Combine(folder, LexiconFiles.TermsFile), MinedTermsPath })
            if (File.Exists(path)) hash.AppendData(File.ReadAllBytes(path));
        return BitConverter.ToInt64(hash.GetHashAndReset()) & long.MaxValue;
    }
}
