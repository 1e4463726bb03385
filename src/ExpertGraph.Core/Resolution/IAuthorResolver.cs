using ExpertGraph.Core.Model;
using ExpertGraph.Core.Storage;

namespace ExpertGraph.Core.Resolution;

/// <summary>
/// Turns the author mentions of one work into persons, inside the batch's write session (it may create persons and
/// institutions there). The first-cut resolver links on hard ids and exact keys; the model-based one replaces it.
/// </summary>
public interface IAuthorResolver
{
    IReadOnlyList<ResolvedAuthor> Resolve(Work work, WorkId workId, IStoreWriteSession session);

    /// <summary>
    /// Forgets what the resolver learned of the store: called when a write transaction was rolled back, so that no
    /// person or key that existed only in that transaction is used again.
    /// </summary>
    void Forget();
}
