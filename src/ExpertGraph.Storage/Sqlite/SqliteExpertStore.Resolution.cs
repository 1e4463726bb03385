using ExpertGraph.Core.Model;
using ExpertGraph.Core.Resolution;
using ExpertGraph.Storage.Resolution;

namespace ExpertGraph.Storage.Sqlite;

public sealed partial class SqliteExpertStore
{
    public IReadOnlyList<FlaggedPerson> GetFlaggedPersons(int limit)
    {
        using var connection = OpenReader();
        return PersonResolutionQueries.Flagged(connection, limit);
    }

    public PersonResolution? GetPersonResolution(PersonId person)
    {
        using var connection = OpenReader();
        return PersonResolutionQueries.Resolution(connection, person);
    }
}
