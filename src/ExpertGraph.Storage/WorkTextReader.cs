using System.Data.Common;
using System.Text.Json;
using ExpertGraph.Core.Model;
using ExpertGraph.Core.Storage;
using ExpertGraph.Storage.Sqlite;

namespace ExpertGraph.Storage;

/// <summary>
/// Reads every work's words and persons (<see cref="WorkText"/>) for both stores: one ordered join over primary keys,
/// with none of the other columns, the authorships' texts or the concepts that <see cref="StoredWorkReader"/> reads.
/// </summary>
internal static class WorkTextReader
{
    public const string Sql = """
        SELECT w.id, w.title, w.keywords, w.abstract, a.person_id
        FROM works w LEFT JOIN authorships a ON a.work_id = w.id
        ORDER BY w.id, a.position
        """;

    public static IEnumerable<WorkText> Read(DbDataReader reader, CancellationToken cancellationToken)
    {
        if (!reader.Read()) yield break;
        bool more;
        do
        {
            cancellationToken.ThrowIfCancellationRequested();
            var id = reader.GetInt64(0);
            var title = reader.GetString(1);
            IReadOnlyList<string> keywords = reader.IsDBNull(2) ? [] : JsonSerializer.Deserialize(reader.GetString(2), StoreJson.Default.IReadOnlyListString) ?? [];
            var @abstract = reader.IsDBNull(3) ? null : reader.GetString(3);
            var persons = new List<PersonId>();
            do
            {
                if (reader.IsDBNull(4)) continue;
                var person = new PersonId(reader.GetInt64(4));
                if (!persons.Contains(person)) persons.Add(person);
            }
            while ((more = reader.Read()) && reader.GetInt64(0) == id);

            yield return new WorkText(new WorkId(id), title, keywords, @abstract, persons);
        }
        while (more);
    }
}
