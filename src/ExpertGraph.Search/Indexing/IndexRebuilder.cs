using ExpertGraph.Core.Model;
using ExpertGraph.Core.Storage;

namespace ExpertGraph.Search.Indexing;

/// <summary>
/// Writes the works and experts indexes from the store alone, into a folder of their own: one document per stored work
/// (as ingestion writes it, from the same fields), then one per person. Commits once, at the end.
/// </summary>
public static class IndexRebuilder
{
    private const int ProfileChunk = 500;
    private const int ProgressEvery = 10_000;

    /// <param name="store">Read with <see cref="IExpertStore.ReadWorks"/>, <see cref="IExpertStore.ReadPersonIds"/> (both streamed) and <see cref="IExpertStore.GetPersonProfiles"/>.</param>
    /// <param name="indexFolder">A folder with no index in it; the caller swaps it in once this returns.</param>
    /// <param name="progress">Work documents written so far, every 10,000.</param>
    public static IndexRebuild Rebuild(IExpertStore store, string indexFolder, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        if (IndexIntegrity.HasIndexFiles(Path.Combine(indexFolder, "works")) || IndexIntegrity.HasIndexFiles(Path.Combine(indexFolder, "experts")))
            throw new ArgumentException($"{indexFolder} already holds an index; a rebuild writes into an empty folder", nameof(indexFolder));

        using var writer = new LuceneIndexWriter(indexFolder);
        try
        {
            long works = 0;
            foreach (var stored in store.ReadWorks(cancellationToken))
            {
                writer.IndexWork(stored.Id, stored.Work, stored.Persons, stored.CountryCodes);
                if (++works % ProgressEvery == 0) progress?.Report(works);
            }

            progress?.Report(works);
            long experts = 0;
            foreach (var chunk in store.ReadPersonIds(cancellationToken).Chunk(ProfileChunk))
            {
                var profiles = store.GetPersonProfiles(chunk);
                writer.IndexExperts(profiles);
                experts += profiles.Count(p => p.HasWorks);
            }

            writer.Commit();
            return new IndexRebuild(works, experts);
        }
        catch
        {
            // Dispose would commit a half-built index (and, on a full disk, fail again and hide this failure).
            writer.Rollback();
            throw;
        }
    }
}
