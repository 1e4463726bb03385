using ExpertGraph.Core.Lexicon;
using ExpertGraph.Core.Model;
using ExpertGraph.Core.Storage;

namespace ExpertGraph.Storage.Sqlite;

public sealed partial class SqliteExpertStore
{
    public long LexiconVersion
    {
        get
        {
            using var connection = OpenReader();
            return ConceptQueries.ReadVersion(connection);
        }
    }

    public void WriteLexicon(IReadOnlyList<Concept> concepts, long version)
    {
        ArgumentNullException.ThrowIfNull(concepts);
        _writerGate.Wait();
        try
        {
            using var transaction = _writer.BeginTransaction();
            ConceptQueries.WriteLexicon(_writer, transaction, concepts, version);
            transaction.Commit();
        }
        finally
        {
            ReleaseWriter();
        }
    }

    public IReadOnlyList<PersonConcept> GetPersonConcepts(IReadOnlyCollection<PersonId> persons, int perPerson)
    {
        ArgumentNullException.ThrowIfNull(persons);
        if (CollaborationQueries.IsEmpty(persons)) return [];
        using var connection = OpenReader();
        using var command = connection.CreateCommand();
        command.CommandText = ConceptQueries.PersonConceptsSql(persons, perPerson);
        using var reader = command.ExecuteReader();
        return ConceptQueries.ReadPersonConcepts(reader);
    }
}
