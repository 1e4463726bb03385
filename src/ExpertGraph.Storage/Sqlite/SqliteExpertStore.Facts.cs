using ExpertGraph.Core.Model;
using ExpertGraph.Core.Storage;

namespace ExpertGraph.Storage.Sqlite;

public sealed partial class SqliteExpertStore
{
    public IEnumerable<WorkFact> ReadWorkFacts(CancellationToken cancellationToken)
    {
        using var connection = OpenReader();
        using var command = connection.CreateCommand();
        command.CommandText = PersonFactQueries.WorkFactsSql;
        using var reader = command.ExecuteReader();
        foreach (var row in PersonFactQueries.StreamWorks(reader, cancellationToken)) yield return row;
    }

    public IEnumerable<AuthorshipFact> ReadAuthorshipFacts(CancellationToken cancellationToken)
    {
        using var connection = OpenReader();
        using var command = connection.CreateCommand();
        command.CommandText = PersonFactQueries.AuthorshipFactsSql;
        using var reader = command.ExecuteReader();
        foreach (var row in PersonFactQueries.StreamAuthorships(reader, cancellationToken)) yield return row;
    }

    public IEnumerable<(PersonId Person, string CountryCode)> ReadPersonCountries(CancellationToken cancellationToken)
    {
        using var connection = OpenReader();
        using var command = connection.CreateCommand();
        command.CommandText = PersonFactQueries.PersonCountriesSql;
        using var reader = command.ExecuteReader();
        foreach (var row in PersonFactQueries.StreamPersonCountries(reader, cancellationToken)) yield return row;
    }

    public IReadOnlyList<WorkHeadline> GetWorkHeadlines(IReadOnlyCollection<WorkId> works)
    {
        ArgumentNullException.ThrowIfNull(works);
        if (works.Count == 0) return [];
        using var connection = OpenReader();
        using var command = connection.CreateCommand();
        command.CommandText = PersonFactQueries.WorkHeadlinesSql(works);
        using var reader = command.ExecuteReader();
        return PersonFactQueries.ReadWorkHeadlines(reader);
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
