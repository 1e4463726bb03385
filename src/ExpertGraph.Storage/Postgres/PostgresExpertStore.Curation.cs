using ExpertGraph.Core.Curation;
using ExpertGraph.Core.Model;
using ExpertGraph.Core.Storage;
using ExpertGraph.Storage.Curation;
using ExpertGraph.Storage.Schema;
using Npgsql;

namespace ExpertGraph.Storage.Postgres;

public sealed partial class PostgresExpertStore
{
    public void MergePersons(PersonId target, IReadOnlyCollection<PersonId> sources, CurationNote note)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(note);
        Curate("merging persons", writer =>
        {
            writer.MergePersons(target, sources, note);
            return 0;
        });
    }

    public PersonId SplitPerson(PersonId person, IReadOnlyList<MentionRef> mentions, CurationNote note)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        ArgumentNullException.ThrowIfNull(note);
        return Curate("splitting a person", writer => writer.SplitPerson(person, mentions, note));
    }

    public void PinMention(MentionRef mention, PersonId person, CurationNote note)
    {
        ArgumentNullException.ThrowIfNull(note);
        Curate("pinning a mention", writer =>
        {
            writer.PinMention(mention, person, note);
            return 0;
        });
    }

    public IReadOnlyList<CurationEntry> GetCurationLog(PersonId? person, int limit) =>
        Read("reading the curation log", connection => CurationQueries.Log(connection, person, limit));

    public PersonId? RedirectOf(PersonId person) => Read("reading redirects", connection => CurationQueries.RedirectOf(connection, null, person));

    public IReadOnlyList<PersonId> GetSeparations(PersonId person) => Read("reading separations", connection => CurationQueries.Separations(connection, null, person));

    public IReadOnlyList<(PersonId A, PersonId B)> GetAllSeparations() => Read("reading separations", CurationQueries.AllSeparations);

    public IReadOnlyList<PersonMention> GetPersonMentions(PersonId person, int limit) =>
        Read("reading a person's mentions", connection => CurationQueries.PersonMentions(connection, person, limit));

    public IReadOnlyList<PersonMention> GetWorkMentions(WorkId work) => Read("reading a work's mentions", connection => CurationQueries.WorkMentions(connection, work));

    public WorkId? FindWork(SourceKey key) => Read("looking up a work", connection => CurationQueries.FindWork(connection, key));

    public IReadOnlyList<StoredWork> GetWorks(IReadOnlyCollection<WorkId> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        return Read("reading works", connection => CurationQueries.Works(connection, SqlDialect.Postgres, ids));
    }

    /// <summary>One curator decision in one transaction holding the writers' lock (no ingest batch in between); a refusal rolls it back.</summary>
    private T Curate<T>(string doing, Func<CurationWriter, T> decide)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        _writerGate.Wait();
        try
        {
            return PostgresErrors.Run(doing, () =>
            {
                using var connection = _dataSource.OpenConnection();
                using var transaction = connection.BeginTransaction();
                Execute(connection, transaction, $"SELECT pg_advisory_xact_lock({WriterLock})");
                var writer = new CurationWriter(connection, transaction);
                var result = decide(writer);
                writer.MarkDerivedStale();
                transaction.Commit();
                return result;
            });
        }
        finally
        {
            _writerGate.Release();
        }
    }
}
