using ExpertGraph.Core.Lexicon;
using ExpertGraph.Core.Names;
using ExpertGraph.Core.Resolution;
using ExpertGraph.Ingestion.Pipeline;
using ExpertGraph.Ingestion.Resolution;
using ExpertGraph.Resolution.Model;

namespace ExpertGraph.Query;

public sealed partial class Workspace
{
    /// <summary>Mentions read and keyed per transaction when back-filling name blocks.</summary>
    private const int BlockBackfillChunk = 10_000;

    /// <summary>
    /// The name tables (hanzi-pinyin.tsv, surname-pinyin.tsv) of the lexicon folder, loaded once; null when they are not
    /// installed: ingestion then stores no name blocks, as before schema 7, rather than refusing to run.
    /// </summary>
    private PersonNameKeys? NameKeys => _nameKeys.Value;

    private PersonNameKeys? LoadNameKeys()
    {
        try
        {
            return PersonNameKeys.Load(LexiconLocation.Resolve(_lexiconFolder));
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException
                                   || (ex is LexiconFormatException format && !File.Exists(format.File)))
        {
            // A lexicon folder without the name tables (a hand-made one, say): a missing table, not a broken one.
            return null;
        }
    }

    /// <summary>
    /// Gives every stored mention without a name block (a store written before schema 7, or by a run without name tables)
    /// its block, a chunk per transaction, so the resolver finds them when it loads their blocks. A name that gives no key
    /// gets the block "", which no block read asks for, so it is not read again. An interrupted back-fill resumes on the
    /// next ingest. Returns the number of mentions keyed.
    /// </summary>
    private long BackfillBlockKeys(PersonNameKeys names, IProgress<IngestionProgress>? progress, CancellationToken cancellationToken)
    {
        long written = 0;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var mentions = _store.GetMentionsWithoutBlock(BlockBackfillChunk);
            if (mentions.Count == 0) break;
            _store.SetBlockKeys([.. mentions.Select(m => (m.Work, m.Position, MentionBlockKey.Of(names, m.RawName) ?? ""))]);
            written += mentions.Count;
        }

        if (written > 0) progress?.Report(new IngestionProgress(null, 0, 0, TimeSpan.Zero, $"name blocks written for {written} stored mentions"));
        return written;
    }

    /// <summary>
    /// The resolver an ingest asked for. The model needs the name tables for its blocks: without them the run falls back
    /// to the exact-key resolver and says so. The model is the one shipped with the program unless
    /// EXPERTGRAPH_RESOLUTION_MODEL names another folder.
    /// </summary>
    private IAuthorResolver CreateResolver(IngestionOptions options, IProgress<IngestionProgress>? progress)
    {
        if (options.Resolver == ResolverKind.Exact) return new ExactKeyAuthorResolver(NameKeys);
        if (NameKeys is not { } names)
        {
            progress?.Report(new IngestionProgress(null, 0, 0, TimeSpan.Zero,
                "name tables (hanzi-pinyin.tsv, surname-pinyin.tsv) not found: resolving authors by exact keys instead of the model"));
            return new ExactKeyAuthorResolver();
        }

        return new ModelAuthorResolver(ResolutionModel.Load(), names, Lexicon?.Tagger, options.ResolverCacheMentions, Lexicon?.Version ?? 0);
    }
}
