using System.Diagnostics;
using ExpertGraph.Core.Model;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace ExpertGraph.Search.Indexing;

/// <summary>One index folder opened for reading as last committed: its directory, reader and searcher, disposed together.</summary>
internal sealed class CommittedIndex : IDisposable
{
    /// <summary>How long an opener waits for an index's first commit to be written completely.</summary>
    private static readonly TimeSpan FirstCommitPatience = TimeSpan.FromSeconds(10);

    /// <summary>How long an opener waits for a later commit being written (a segments file is small: milliseconds).</summary>
    private static readonly TimeSpan CommitPatience = TimeSpan.FromSeconds(2);

    private readonly LuceneDirectory _directory;

    private CommittedIndex(LuceneDirectory directory, DirectoryReader reader)
    {
        _directory = directory;
        Reader = reader;
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
        var directory = FSDirectory.Open(folder);
        try
        {
            if (!DirectoryReader.IndexExists(directory))
            {
                directory.Dispose();
                return null;
            }

            // Files a reader opens lazily (a truncated compound file) are checked now, not at the first query.
            CheckIntact(folder, directory);
            return new CommittedIndex(directory, OpenReader(directory));
        }
        catch (IndexDamagedException)
        {
            directory.Dispose();
            throw;
        }
        catch (Exception ex) when (IndexIntegrity.IsDamage(ex))
        {
            directory.Dispose();
            throw new IndexDamagedException(folder, IndexIntegrity.Describe(ex), ex);
        }
        catch
        {
            directory.Dispose();
            throw;
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

    /// <summary>
    /// The integrity check, patient with a commit being written while it looks: an ingest writes segments_N in place, so
    /// a reader may find the newest one short for a moment. A first commit gets the same patience as
    /// <see cref="OpenReader"/>; a later one a shorter wait; damage that stays is real.
    /// </summary>
    private static void CheckIntact(string folder, LuceneDirectory directory)
    {
        var started = Stopwatch.GetTimestamp();
        var pause = TimeSpan.FromMilliseconds(10);
        while (true)
        {
            try
            {
                IndexIntegrity.ThrowIfDamaged(folder);
                return;
            }
            catch (IndexDamagedException) when (Stopwatch.GetElapsedTime(started) < (SegmentInfos.GetLastCommitGeneration(directory) <= 1 ? FirstCommitPatience : CommitPatience))
            {
                Thread.Sleep(pause);
                pause = TimeSpan.FromMilliseconds(Math.Min(pause.TotalMilliseconds * 2, 500));
            }
        }
    }

    /// <summary>
    /// Lucene 4.8 writes segments_N in place, and a commit fsyncs the new segment files while it is half-written. A reader
    /// opening meanwhile retries at once and then falls back to the previous commit, but the first commit has none:
    /// the open fails (read past EOF) while an ingest into a new data folder makes its first commit. So the first
    /// commit is waited for, with backoff; a failure with later commits is real and surfaces at once.
    /// </summary>
    private static DirectoryReader OpenReader(LuceneDirectory directory)
    {
        var started = Stopwatch.GetTimestamp();
        var pause = TimeSpan.FromMilliseconds(10);
        while (true)
        {
            try
            {
                return DirectoryReader.Open(directory);
            }
            catch (IOException) when (SegmentInfos.GetLastCommitGeneration(directory) <= 1 && Stopwatch.GetElapsedTime(started) < FirstCommitPatience)
            {
                Thread.Sleep(pause);
                pause = TimeSpan.FromMilliseconds(Math.Min(pause.TotalMilliseconds * 2, 500));
            }
        }
    }
}
