using ExpertGraph.Core.Lexicon;
using ExpertGraph.Core.Model;
using ExpertGraph.Core.Storage;
using Npgsql;

namespace ExpertGraph.Storage.Postgres;

public sealed partial class PostgresExpertStore
{
    public long LexiconVersion => Read("reading store flags", ConceptQueries.ReadVersion);

    public void WriteLexicon(IReadOnlyList<Concept> concepts, long version)
    {
        ArgumentNullException.ThrowIfNull(concepts);
        ObjectDisposedException.ThrowIf(_disposed, this);
        _writerGate.Wait();
        try
        {
            PostgresErrors.Run("writing the lexicon's concepts", () =>
            {
                using var connection = _dataSource.OpenConnection();
                using var transaction = connection.BeginTransaction();
                Execute(connection, transaction, $"SELECT pg_advisory_xact_lock({WriterLock})");
                ConceptQueries.WriteLexicon(connection, transaction, concepts, version);
                transaction.Commit();
            });
        }
        finally
        {
            _writerGate.Release();
        }
    }

    public IReadOnlyList<PersonConcept> GetPersonConcepts(IReadOnlyCollection<PersonId> persons, int perPerson)
    {
        ArgumentNullException.ThrowIfNull(persons);
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (CollaborationQueries.IsEmpty(persons)) return [];
        return PostgresErrors.Run("reading concept profiles", () =>
        {
            using var connection = _dataSource.OpenConnection();
            using var command = new NpgsqlCommand(ConceptQueries.PersonConceptsSql(persons, perPerson), connection);
            using var reader = command.ExecuteReader();
            return ConceptQueries.ReadPersonConcepts(reader);
        });
    }
}
