using ExpertGraph.Core.Curation;
using ExpertGraph.Core.Model;
using ExpertGraph.Core.Storage;
using ExpertGraph.Query.Curation;

namespace ExpertGraph.Query;

public sealed partial class Workspace
{
    /// <summary>
    /// Merges <paramref name="sources"/> into <paramref name="target"/> (see <see cref="IExpertStore.MergePersons"/>), then
    /// rewrites exactly the affected index documents: the sources' works and the target's expert document; the sources'
    /// expert documents go. Holds the data folder's writer lock, so no ingest or rebuild runs in between.
    /// </summary>
    public CurationResult MergePersons(PersonId target, IReadOnlyList<PersonId> sources, CurationNote note)
    {
        ArgumentNullException.ThrowIfNull(sources);
        using var writing = LockForWriting("merge persons");
        var works = sources.Distinct().SelectMany(source => _store.GetPersonMentions(source, int.MaxValue)).Select(m => m.Mention.Work).ToHashSet();
        _store.MergePersons(target, sources, note);
        UpdateIndex(works, [target], [.. sources.Distinct()]);
        return new CurationResult(target, works.Count);
    }

    /// <summary>Moves <paramref name="mentions"/> of <paramref name="person"/> to a new person (see <see cref="IExpertStore.SplitPerson"/>) and rewrites their works' and both persons' documents.</summary>
    public CurationResult SplitPerson(PersonId person, IReadOnlyList<MentionRef> mentions, CurationNote note)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        using var writing = LockForWriting("split a person");
        var created = _store.SplitPerson(person, mentions, note);
        var works = mentions.Select(m => m.Work).ToHashSet();
        UpdateIndex(works, [person, created], []);
        return new CurationResult(created, works.Count);
    }

    /// <summary>Pins a mention on a person (see <see cref="IExpertStore.PinMention"/>) and rewrites its work's and the persons' documents.</summary>
    public CurationResult PinMention(MentionRef mention, PersonId person, CurationNote note)
    {
        using var writing = LockForWriting("pin a mention");
        var before = _store.GetWorkMentions(mention.Work).Where(m => m.Mention == mention).Select(m => m.Person).ToList();
        _store.PinMention(mention, person, note);
        UpdateIndex([mention.Work], [person, .. before], []);
        return new CurationResult(person, 1);
    }

    /// <summary>A mention reference as curators write it (<c>openalex:W2741809807#0</c> or <c>W12#0</c>), looked up in the store.</summary>
    public MentionRef ResolveMention(string reference) => MentionReference.Resolve(reference, _store.FindWork);

    /// <summary>
    /// Rewrites the documents a decision changed, from the store (as rebuild-index writes them), in one index commit. The
    /// decision is already committed: a failure here leaves the index behind the store, which rebuild-index repairs.
    /// </summary>
    private void UpdateIndex(IReadOnlyCollection<WorkId> works, IReadOnlyCollection<PersonId> persons, IReadOnlyCollection<PersonId> removed)
    {
        try
        {
            using var index = OpenIndexWriter(Directory.IndexPath);
            try
            {
                foreach (var stored in _store.GetWorks(works)) index.IndexWork(stored.Id, stored.Work, stored.Persons, stored.CountryCodes);
                index.IndexExperts(_store.GetPersonProfiles([.. persons.Distinct().Except(removed)]));
                index.DeleteExperts(removed);
                index.Commit();
            }
            catch
            {
                index.Rollback();
                throw;
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            var reason = ExplainFailure(ex, Directory)?.Message ?? ex.Message;
            throw new ExpertGraphException($"the decision is recorded in the store, but the search index could not be updated ({reason}): run expertgraph rebuild-index", ex);
        }
    }
}
