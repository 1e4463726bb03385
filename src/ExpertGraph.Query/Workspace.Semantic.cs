using ExpertGraph.Search.Semantic;

namespace ExpertGraph.Query;

public sealed partial class Workspace
{
    /// <summary>How many builds are tried when rebuilds of the derived tables keep committing midway.</summary>
    private const int MaxSemanticBuildAttempts = 3;

    /// <summary>
    /// The semantic index of the store's current state: the cached file when it was built from this derived generation,
    /// else built from the store (two streamed reads of the works) and saved for the next time. Null for an empty
    /// store. A folder where the cache cannot be written goes without it; a damaged cache is rebuilt.
    /// </summary>
    public (SemanticIndex? Index, bool FromCache) LoadSemanticIndex(CancellationToken cancellationToken, SemanticSpaceOptions? options = null)
    {
        for (var attempt = 1; ; attempt++)
        {
            var generation = _store.DerivedGeneration;
            if (generation != 0 && options is null && SemanticIndexFile.TryRead(Directory.SemanticIndexPath, generation) is { } saved) return (saved, true);
            if (_store.Count().Works == 0) return (null, false);
            var index = SemanticIndexBuilder.Build(_store, options ?? new SemanticSpaceOptions(), cancellationToken);
            // Works written while it was built (another process ingesting) make it a mix of two states: build again.
            if (_store.DerivedGeneration != generation && attempt < MaxSemanticBuildAttempts) continue;
            if (options is null && generation != 0 && _store.DerivedGeneration == generation) TrySave(index, generation);
            return (index, false);
        }
    }

    private void TrySave(SemanticIndex index, long generation)
    {
        try
        {
            SemanticIndexFile.Write(index, Directory.SemanticIndexPath, generation);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A read-only data folder: every searcher builds from the store.
        }
    }
}
