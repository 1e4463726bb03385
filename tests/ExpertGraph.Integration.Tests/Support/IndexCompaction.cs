using ExpertGraph.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace ExpertGraph.Integration.Tests.Support;

/// <summary>
/// Merges away an index's deleted documents (the old versions of updated records). Lucene counts them in its term
/// statistics until their segment is merged, so scores of an ingested index with updates differ slightly from those of
/// the same documents written once; a rebuilt index has none.
/// </summary>
internal static class IndexCompaction
{
    public static void ExpungeDeletes(string folder)
    {
        using var directory = FSDirectory.Open(folder);
        var config = new IndexWriterConfig(IndexAnalyzers.Version, IndexAnalyzers.Create())
        {
            MergePolicy = new TieredMergePolicy { ForceMergeDeletesPctAllowed = 0 },
        };
        using var writer = new IndexWriter(directory, config);
        writer.ForceMergeDeletes(doWait: true);
        writer.Commit();
    }
}
