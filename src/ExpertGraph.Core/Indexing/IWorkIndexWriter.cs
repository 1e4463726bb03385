using ExpertGraph.Core.Model;
using ExpertGraph.Core.Storage;

namespace ExpertGraph.Core.Indexing;

/// <summary>
/// Writes the search index: one document per work (upserted by source key) and one per person. Changes become
/// durable at <see cref="Commit"/>; a crash before it loses only uncommitted documents, which ingestion re-sends.
/// </summary>
public interface IWorkIndexWriter : IDisposable
{
    void IndexWork(WorkId id, Work work, IReadOnlyList<PersonId> persons, IReadOnlyList<string> countryCodes);

    void IndexExperts(IReadOnlyList<PersonProfile> profiles);

    /// <summary>Removes persons' expert documents (persons merged away, or left without works).</summary>
    void DeleteExperts(IReadOnlyCollection<PersonId> persons);

    void Commit();
}
