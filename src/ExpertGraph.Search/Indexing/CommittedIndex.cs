using ExpertGraph.Core.Model;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace ExpertGraph.Search.Indexing;

/// <summary>One index folder opened for reading as last committed: its directory, reader and searcher, disposed together.</summary>
internal sealed class CommittedIndex : IDisposable
{
    private readonly LuceneDirectory _directory;

    private CommittedIndex(LuceneDirectory directory)
    {
        _directory = directory;
        Reader = DirectoryReader.Open(directory);
        Searcher = new IndexSearcher(Reader);
    }

    public DirectoryReader Reader { get; }

    public IndexSearcher Searcher { get; }

    /// <summary>
    /// The index in <paramref name="folder"/>, or null when nothing was ever committed there; an
    /// <see cref="IndexDamagedException"/> when files are there but their last commit cannot be read.
    /// </summary>
    public static CommittedIndex? TryOpen(string folder)
    {
        if (!IndexIntegrity.HasIndexFiles(folder)) return null;
        IndexIntegrity.ThrowIfDamaged(folder);
        var directory = FSDirectory.Open(folder);
        try
        {
            return new CommittedIndex(directory);
        }
        catch (Exception ex) when (IndexIntegrity.IsDamage(ex))
        {
            directory.Dispose();
            throw new IndexDamagedException(folder, IndexIntegrity.Describe(ex), ex);
        }
    }

    /// <summary>The index in <paramref name="folder"/>; a clear error when there is none yet.</summary>
    public static CommittedIndex Open(string folder, string what) =>
        TryOpen(folder) ?? throw new ExpertGraphException($"no {what} index at {folder}: ingest some records first");

    public void Dispose()
    {
        Reader.Dispose();
        _directory.Dispose();
    }
}
