using ExpertGraph.Core.Model;
using ExpertGraph.Core.Storage;

namespace ExpertGraph.Storage.Sqlite;

public sealed partial class SqliteExpertStore
{
    public IEnumerable<CollaborationRow> ReadCollaborations(CancellationToken cancellationToken)
    {
        using var connection = OpenReader();
        using var command = connection.CreateCommand();
        command.CommandText = CollaborationQueries.ReadAllSql;
        using var reader = command.ExecuteReader();
        foreach (var row in CollaborationQueries.Read(reader, cancellationToken)) yield return row;
    }

    public IReadOnlyList<SharedWork> GetSharedWorks(IReadOnlyCollection<PersonId> left, IReadOnlyCollection<PersonId> right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        if (CollaborationQueries.IsEmpty(left) || CollaborationQueries.IsEmpty(right)) return [];
        using var connection = OpenReader();
        using var command = connection.CreateCommand();
        command.CommandText = CollaborationQueries.SharedWorksSql(left, right);
        using var reader = command.ExecuteReader();
        return CollaborationQueries.ReadSharedWorks(reader);
    }

    public IReadOnlyList<AffiliationSpan> GetAffiliations(IReadOnlyCollection<PersonId> persons)
    {
        ArgumentNullException.ThrowIfNull(persons);
        if (CollaborationQueries.IsEmpty(persons)) return [];
        using var connection = OpenReader();
        using var command = connection.CreateCommand();
        command.CommandText = CollaborationQueries.AffiliationsSql(persons);
        using var reader = command.ExecuteReader();
        return CollaborationQueries.ReadAffiliations(reader);
    }
}
