using ExpertGraph.Core.Model;
using ExpertGraph.Core.Storage;
using ExpertGraph.Storage.Profiles;

namespace ExpertGraph.Storage.Postgres;

public sealed partial class PostgresExpertStore
{
    public PersonStats? GetPersonStats(PersonId person) =>
        Read("reading a person's statistics", connection => PersonProfileQueries.Stats(connection, person));

    public IReadOnlyList<PersonWork> GetPersonWorks(PersonId person) =>
        Read("reading a person's works", connection => PersonProfileQueries.Works(connection, person));

    public IReadOnlyList<Coauthor> GetCoauthors(PersonId person, int maxAuthorsPerWork) =>
        Read("reading a person's co-authors", connection => PersonProfileQueries.Coauthors(connection, person, maxAuthorsPerWork));
}
