using ExpertGraph.Core.Model;
using ExpertGraph.Core.Resolution;
using ExpertGraph.Core.Storage;

namespace ExpertGraph.Ingestion.Resolution;

/// <summary>
/// Curator overrides over any resolver: after the inner resolver has resolved a work, a pinned mention gets its pinned
/// person and a mention resolved to a merged-away person gets the person it was merged into, with confidence 1. The store is asked inside
/// the batch's write session, so a decision committed before the batch holds for every record in it, on every later run.
/// </summary>
public sealed class CuratedAuthorResolver(IAuthorResolver inner) : IAuthorResolver
{
    private readonly IAuthorResolver _inner = inner ?? throw new ArgumentNullException(nameof(inner));

    public void Forget() => _inner.Forget();

    public PreparedAuthors? Prepare(Work work) => _inner.Prepare(work);

    public IReadOnlyList<ResolvedAuthor> Resolve(Work work, WorkId workId, IStoreWriteSession session, PreparedAuthors? prepared = null)
    {
        ArgumentNullException.ThrowIfNull(session);
        var resolved = _inner.Resolve(work, workId, session, prepared);
        var pins = session.GetPins(workId);
        List<ResolvedAuthor>? overridden = null;
        for (var i = 0; i < resolved.Count; i++)
        {
            var author = resolved[i];
            var person = pins.TryGetValue(author.Mention.Position, out var pinned) ? pinned : session.RedirectOf(author.Person) ?? author.Person;
            if (person == author.Person) continue;
            overridden ??= [.. resolved];
            overridden[i] = author with { Person = person, Confidence = 1 };
            session.AddNameVariant(person, author.Mention.RawName);
        }

        return overridden ?? resolved;
    }
}
