using ExpertGraph.Query.Maintenance;
using ExpertGraph.Search.Indexing;

namespace ExpertGraph.Query;

public sealed partial class Workspace
{
    /// <summary>
    /// Recreates the search index from the store alone: written into index.partial, renamed to index.new once complete,
    /// then swapped in for the old index (see <see cref="DataFolderSwap"/>): a crash leaves the old index or the new
    /// one, never half of one. Other writers are kept out for the whole run.
    /// </summary>
    public IndexRebuild RebuildIndex(IProgress<long>? progress, CancellationToken cancellationToken)
    {
        using var writing = LockForWriting("rebuild the index");
        return Guarded(Directory, () =>
        {
            DataFolderSwap.DeleteFolder(Directory.PartialIndexPath);
            IndexRebuild rebuilt;
            try
            {
                rebuilt = IndexRebuilder.Rebuild(_store, Directory.PartialIndexPath, progress, cancellationToken);
            }
            catch
            {
                DataFolderSwap.DeleteFolder(Directory.PartialIndexPath);
                throw;
            }

            System.IO.Directory.Move(Directory.PartialIndexPath, Directory.NewIndexPath);
            DataFolderSwap.ReplaceIndex(Directory, Directory.NewIndexPath);
            return rebuilt;
        });
    }
}
