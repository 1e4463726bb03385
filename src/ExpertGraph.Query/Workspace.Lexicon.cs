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

        // One copy per process for each lexicon version (files and mined terms hashed): a host that opens many
        // workspaces over the same data (the API, a reader loop) compiles and holds the lexicon once. The same hash
        // keys the compiled cache, so the files are read for it once.
        var mined = File.Exists(MinedTermsPath) ? LexiconFiles.ReadTerms(MinedTermsPath) : [];
        var contentHash = LexiconSources.ContentHash(folder, mined);
        var version = LexiconSources.Version(contentHash);
        lock (LoadedLexicons)
        {
            if (LoadedLexicons.TryGetValue((folder, version), out var loaded)) return loaded;
            loaded = new LoadedLexicon(CompiledLexicon.Load(folder, extraTerms: mined, contentHash: contentHash).Tagger, folder, version, mined.Count);
            if (LoadedLexicons.Count >= MaxLoadedLexicons) LoadedLexicons.Clear();
            LoadedLexicons[(folder, version)] = loaded;
            return loaded;
        }
    }

    private const int MaxLoadedLexicons = 2;
    private static readonly Dictionary<(string Folder, long Version), LoadedLexicon> LoadedLexicons = [];

    /// <summary>
    /// True when the store's works were tagged with another lexicon than the one loaded (a new lexicon build, new
    /// mined terms, or none: a store from before the lexicon): their tags stay as they are until `lexicon retag`,
    /// while new works get the new tags.
    /// </summary>
    public bool TagsFromAnotherLexicon =>
        Lexicon is { } lexicon && _store.LexiconVersion != lexicon.Version && _store.Count().Works > 0;

    /// <summary>
    /// Tags every stored work again with the loaded lexicon, in batches of one transaction each, then records the
    /// lexicon's concepts and version in the store and rebuilds the derived tables (person profiles). The index is
    /// rebuilt by the caller (<see cref="RebuildIndex"/>) so its concept fields follow. Other writers are kept out.
    /// </summary>
    public LexiconRetag RetagWorks(IProgress<long>? progress, CancellationToken cancellationToken)
    {
        if (Lexicon is not { } lexicon) throw new Core.Model.ExpertGraphException("no lexicon installed: nothing to tag with (see --lexicon)");
        using var writing = LockForWriting("re-tag the works");
        return Guarded(Directory, () =>
        {
            var tagger = new LexiconWorkTagger(lexicon.Tagger);
            long works = 0, tagged = 0, changed = 0;
            var batch = new List<(Core.Model.WorkId Id, IReadOnlyList<Core.Model.WorkConcept> Tags)>(RetagBatch);
            void Flush()
            {
                if (batch.Count == 0) return;
                using var session = _store.BeginWrite();
                foreach (var (id, tags) in batch) session.ReplaceConcepts(id, tags);
                session.Commit();
                batch.Clear();
            }

            foreach (var stored in _store.ReadWorks(cancellationToken))
            {
                var tags = tagger.Tag(stored.Work);
                works++;
                if (tags.Count > 0) tagged++;
                if (!tags.SequenceEqual(stored.Work.Concepts))
                {
                    changed++;
                    batch.Add((stored.Id, tags));
                    if (batch.Count == RetagBatch) Flush();
                }

                if (works % RetagBatch == 0) progress?.Report(works);
            }

            Flush();
            _store.WriteLexicon(lexicon.Tagger.Lexicon.Concepts, lexicon.Version);
            _store.RebuildDerived(new Core.Storage.DerivedTablesOptions());
            return new LexiconRetag(works, tagged, changed);
        });
    }

    private const int RetagBatch = 1000;

    /// <summary>Records the lexicon in a store without works; a store whose works carry other tags (or none) waits for `lexicon retag`.</summary>
    private void SyncStoreLexicon()
    {
        if (Lexicon is not { } lexicon || _store.LexiconVersion == lexicon.Version || _store.Count().Works > 0) return;
        _store.WriteLexicon(lexicon.Tagger.Lexicon.Concepts, lexicon.Version);
    }
}
