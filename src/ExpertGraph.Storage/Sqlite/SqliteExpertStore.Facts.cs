using ExpertGraph.Core.Model;
using ExpertGraph.Core.Storage;

namespace ExpertGraph.Storage.Sqlite;

public sealed partial class SqliteExpertStore
{
    public IEnumerable<PersonWorkFact> ReadPersonWorkFacts(CancellationToken cancellationToken)
    {
        using var connection = OpenReader();
        using var command = connection.CreateCommand();
        command.CommandText = PersonFactQueries.PersonWorksSql;
        using var reader = command.ExecuteReader();
        foreach (var fact in PersonFactQueries.Stream(reader, cancellationToken)) yield return fact;
    }

    public IReadOnlyList<Institution> ReadInstitutions()
    {
        using var connection = OpenReader();
        using var command = connection.CreateCommand();
        command.CommandText = PersonFactQueries.InstitutionsSql;
        using var reader = command.ExecuteReader();
        return PersonFactQueries.ReadInstitutions(reader);
    }

    public IEnumerable<PersonConcept> ReadPersonConcepts(CancellationToken cancellationToken)
    {
        using var connection = OpenReader();
        using var command = connection.CreateCommand();
        command.CommandText = PersonFactQueries.PersonConceptsSql;
        using var reader = command.ExecuteReader();
        foreach (var concept in PersonFactQueries.StreamPersonConcepts(reader, cancellationToken)) yield return concept;
    }
}
