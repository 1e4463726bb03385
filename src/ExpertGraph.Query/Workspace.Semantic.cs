using ExpertGraph.Search.Careers;
using ExpertGraph.Search.Semantic;

namespace ExpertGraph.Query;

public sealed partial class Workspace
{
    /// <summary>How many builds are tried when rebuilds of the derived tables keep committing midway.</summary>
    private const int MaxCacheBuildAttempts = 3;

    private readonly CacheFileMemo<SemanticIndex> _semanticMemo = new();
    private readonly CacheFileMemo<PersonFacts> _factsMemo = new();

    /// <summary>
    /// The semantic index of the store's current state: the cached file when it was built from this derived generation,
    /// else built from the store (two streamed reads of the works) and saved for the next time. Null for an empty
    /// store. A folder where the cache cannot be written goes without it; a damaged cache is rebuilt.
    /// </summary>
    public (SemanticIndex? Index, bool FromCache) LoadSemanticIndex(CancellationToken cancellationToken, SemanticSpaceOptions? options = null)
    {
        if (options is not null)
            return (_store.Count().Works == 0 ? null : SemanticIndexBuilder.Build(_store, options, cancellationToken), false);
        return LoadCached(
            _semanticMemo,
            Directory.SemanticIndexPath,
            generation => generation,
            generation => SemanticIndexFile.TryRead(Directory.SemanticIndexPath, generation),
            () => _store.Count().Works == 0 ? null : SemanticIndexBuilder.Build(_store, new SemanticSpaceOptions(), cancellationToken),
            (index, generation) => SemanticIndexFile.Write(index, Directory.SemanticIndexPath, generation));
    }

    /// <summary>
    /// Every person's works, institutions and field as scout filters read them (<see cref="PersonFacts"/>), cached like
    /// the semantic index (<see cref="DataDirectory.PersonFactsPath"/>). Empty, not null, for an empty store.
    /// </summary>
    public (PersonFacts Facts, bool FromCache) LoadPersonFacts(CancellationToken cancellationToken)
    {
        // Fields come from the lexicon: facts built with another lexicon (or none) are of another stamp.
        var lexicon = Lexicon;
        long Stamp(long generation) => generation ^ unchecked((lexicon?.Version ?? 0) * (long)0x9E3779B97F4A7C15);
        var (facts, fromCache) = LoadCached(
            _factsMemo,
            Directory.PersonFactsPath,
            Stamp,
            generation => PersonFactsFile.TryRead(Directory.PersonFactsPath, Stamp(generation)),
            () => PersonFactsBuilder.Build(_store, lexicon?.Tagger.Lexicon, cancellationToken),
            (built, generation) => PersonFactsFile.Write(built, Directory.PersonFactsPath, Stamp(generation)));
        return (facts!, fromCache);
    }

    /// <summary>
    /// A cache of the store's state: kept in memory while its file is unchanged (<paramref name="memo"/>), else read when
    /// saved from the current derived generation, else built and saved. Works written while it was built (another
    /// process ingesting) make a mix of two states: it is built again, a few times.
    /// </summary>
    private (T? Value, bool FromCache) LoadCached<T>(CacheFileMemo<T> memo, string path, Func<long, long> stamp, Func<long, T?> read, Func<T?> build,
        Action<T, long> save) where T : class
    {
        for (var attempt = 1; ; attempt++)
        {
            var generation = _store.DerivedGeneration;
            if (generation != 0 && memo.TryGet(path, stamp(generation)) is { } kept) return (kept, true);
            if (generation != 0 && read(generation) is { } saved)
            {
                memo.Keep(path, stamp(generation), saved);
                return (saved, true);
            }

            var built = build();
            if (_store.DerivedGeneration != generation && attempt < MaxCacheBuildAttempts) continue;
            if (built is not null && generation != 0 && _store.DerivedGeneration == generation)
            {
                TrySave(() => save(built, generation));
                memo.Keep(path, stamp(generation), built);
            }

            return (built, false);
        }
    }

    private static void TrySave(Action save)
    {
        try
        {
            save();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A read-only data folder: every searcher builds from the store.
        }
    }
}
