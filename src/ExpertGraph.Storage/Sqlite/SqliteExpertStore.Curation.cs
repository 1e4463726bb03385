using ExpertGraph.Core.Curation;
using ExpertGraph.Core.Model;
using ExpertGraph.Core.Storage;
using ExpertGraph.Storage.Curation;
using ExpertGraph.Storage.Schema;
using Microsoft.Data.Sqlite;

namespace ExpertGraph.Storage.Sqlite;

public sealed partial class SqliteExpertStore
{
    public void MergePersons(PersonId target, IReadOnlyCollection<PersonId> sources, CurationNote note)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(note);
        Curate(writer =>
        {
            writer.MergePersons(target, sources, note);
            return 0;
        });
    }

    public PersonId SplitPerson(PersonId person, IReadOnlyList<MentionRef> mentions, CurationNote note)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        ArgumentNullException.ThrowIfNull(note);
        return Curate(writer => writer.SplitPerson(person, mentions, note));
    }

    public void PinMention(MentionRef mention, PersonId person, CurationNote note)
    {
        ArgumentNullException.ThrowIfNull(note);
        Curate(writer =>
        {
            writer.PinMention(mention, person, note);
            return 0;
        });
    }

    public IReadOnlyList<CurationEntry> GetCurationLog(PersonId? person, int limit)
    {
        using var connection = OpenReader();
        return CurationQueries.Log(connection, person, limit);
    }

    public PersonId? RedirectOf(PersonId person)
    {
        using var connection = OpenReader();
        return CurationQueries.RedirectOf(connection, null, person);
    }

    public IReadOnlyList<PersonId> GetSeparations(PersonId person)
    {
        using var connection = OpenReader();
        return CurationQueries.Separations(connection, null, person);
    }

    public IReadOnlyList<(PersonId A, PersonId B)> GetAllSeparations()
    {
        using var connection = OpenReader();
        return CurationQueries.AllSeparations(connection);
    }

    public IReadOnlyList<PersonMention> GetPersonMentions(PersonId person, int limit)
    {
        using var connection = OpenReader();
        return CurationQueries.PersonMentions(connection, person, limit);
    }

    public IReadOnlyList<PersonMention> GetWorkMentions(WorkId work)
    {
        using var connection = OpenReader();
        return CurationQueries.WorkMentions(connection, work);
    }

    public WorkId? FindWork(SourceKey key)
    {
        using var connection = OpenReader();
        return CurationQueries.FindWork(connection, key);
    }

    public IReadOnlyList<StoredWork> GetWorks(IReadOnlyCollection<WorkId> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        using var connection = OpenReader();
        return CurationQueries.Works(connection, SqlDialect.Sqlite, ids);
    }

    /// <summary>One curator decision in one transaction on the write connection, as the single writer; a refusal rolls it back.</summary>
    private T Curate<T>(Func<CurationWriter, T> decide)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        _writerGate.Wait();
        try
        {
            using var transaction = _writer.BeginTransaction(deferred: false);
            var writer = new CurationWriter(_writer, transaction);
            var result = decide(writer);
            writer.MarkDerivedStale();
            transaction.Commit();
            return result;
        }
        catch (SqliteException ex)
        {
            throw new StoreException($"cannot record a curator decision in {DatabasePath}: {ex.Message}", ex.SqliteErrorCode is SqliteErrorCodes.Busy or SqliteErrorCodes.Locked, ex);
        }
        finally
        {
            ReleaseWriter();
        }
    }
}
