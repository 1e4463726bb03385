using ExpertGraph.Core.Model;
using ExpertGraph.Core.Storage;
using ExpertGraph.Storage.Profiles;

namespace ExpertGraph.Storage.Sqlite;

public sealed partial class SqliteExpertStore
{
    public PersonStats? GetPersonStats(PersonId person)
    {
        using var connection = OpenReader();
        return PersonProfileQueries.Stats(connection, person);
    }

    public IReadOnlyList<PersonWork> GetPersonWorks(PersonId person)
    {
        using var connection = OpenReader();
        return PersonProfileQueries.Works(connection, person);
    }

    public IReadOnlyList<Coauthor> GetCoauthors(PersonId person, int maxAuthorsPerWork)
    {
        using var connection = OpenReader();
        return PersonProfileQueries.Coauthors(connection, person, maxAuthorsPerWork);
    }
}
