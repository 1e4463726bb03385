using ExpertGraph.Core.Model;
using ExpertGraph.Core.Resolution;
using ExpertGraph.Storage.Resolution;

namespace ExpertGraph.Storage.Postgres;

public sealed partial class PostgresExpertStore
{
    public IReadOnlyList<FlaggedPerson> GetFlaggedPersons(int limit) =>
        Read("reading flagged persons", connection => PersonResolutionQueries.Flagged(connection, limit));

    public PersonResolution? GetPersonResolution(PersonId person) =>
        Read("reading a person's resolution", connection => PersonResolutionQueries.Resolution(connection, person));
}
