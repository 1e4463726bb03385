using ExpertGraph.Core.Model;
using ExpertGraph.Core.Storage;

namespace ExpertGraph.Core.Resolution;

/// <summary>
/// Turns the author mentions of one work into persons, inside the batch's write session (it may create persons and
/// institutions there). The first-cut resolver links on hard ids and exact keys; the model-based one replaces it.
/// </summary>
public interface IAuthorResolver
{
    /// <summary>
    /// What of the work's resolution needs no store (a model's mention profiles), made ahead of the write transaction:
    /// the pipeline calls it on its read stage, one work after another, while the write stage resolves earlier works, and
    /// hands the result back to <see cref="Resolve"/> with the same work. Null: nothing to make ahead.
    /// </summary>
    PreparedAuthors? Prepare(Work work) => null;

    /// <param name="prepared">What <see cref="Prepare"/> made of this <paramref name="work"/>, if the caller asked for it:
    /// without it the resolver makes the same itself.</param>
    IReadOnlyList<ResolvedAuthor> Resolve(Work work, WorkId workId, IStoreWriteSession session, PreparedAuthors? prepared = null);

    /// <summary>
    /// Forgets what the resolver learned of the store: called when a write transaction was rolled back, so that no
    /// person or key that existed only in that transaction is used again.
    /// </summary>
    void Forget();
}

/// <summary>
/// What a resolver made of one work ahead of its write transaction (<see cref="IAuthorResolver.Prepare"/>): opaque to the
/// pipeline, which only carries it from the read stage to the write stage. Immutable: a retried transaction uses it again.
/// </summary>
public abstract class PreparedAuthors
{
    protected PreparedAuthors(Work work) => Work = work ?? throw new ArgumentNullException(nameof(work));

    /// <summary>The work it was made of: a resolver given it with another work makes its own instead.</summary>
    public Work Work { get; }
}
