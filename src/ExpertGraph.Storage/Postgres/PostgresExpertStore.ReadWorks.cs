using System.Text.Json;
using ExpertGraph.Core.Model;
using ExpertGraph.Core.Storage;
using ExpertGraph.Storage.Sqlite;
using Npgsql;

namespace ExpertGraph.Storage.Postgres;

public sealed partial class PostgresExpertStore
{
    /// <summary>The same ordered join as the embedded store's, streamed by Npgsql row by row (nothing buffered).</summary>
    public IEnumerable<StoredWork> ReadWorks(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        using var connection = PostgresErrors.Run("reading works", () => _dataSource.OpenConnection());
        using var command = new NpgsqlCommand(SqliteExpertStore.ReadWorksSql, connection) { CommandTimeout = 0 };
        using var reader = PostgresErrors.Run("reading works", () => command.ExecuteReader());
        if (!reader.Read()) yield break;
        bool more;
        do
        {
            cancellationToken.ThrowIfCancellationRequested();
            var id = reader.GetInt64(0);
            var (work, countryCodes) = WorkFromRow(reader);
            var authors = new List<AuthorMention>();
            var persons = new List<PersonId>();
            do
            {
                if (reader.IsDBNull(16)) continue;
                authors.Add(MentionFromRow(reader));
                var person = new PersonId(reader.GetInt64(17));
                if (!persons.Contains(person)) persons.Add(person);
            }
            while ((more = reader.Read()) && reader.GetInt64(0) == id);

            IReadOnlyList<string> countries = countryCodes is { } codes ? codes.Split(' ') : [];
            yield return new StoredWork(new WorkId(id), work with { Authors = authors }, persons, countries);
        }
        while (more);
    }

    public IEnumerable<PersonId> ReadPersonIds(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        using var connection = PostgresErrors.Run("reading persons", () => _dataSource.OpenConnection());
        using var command = new NpgsqlCommand("SELECT id FROM persons ORDER BY id", connection) { CommandTimeout = 0 };
        using var reader = PostgresErrors.Run("reading persons", () => command.ExecuteReader());
        while (reader.Read())
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return new PersonId(reader.GetInt64(0));
        }
    }

    private static (Work Work, string? CountryCodes) WorkFromRow(NpgsqlDataReader reader)
    {
        var work = new Work(new SourceKey(reader.GetString(1), reader.GetString(2)), (WorkKind)reader.GetInt64(3), reader.GetString(4))
        {
            Abstract = Text(reader, 5),
            Year = reader.IsDBNull(6) ? null : (int)reader.GetInt64(6),
            Venue = Text(reader, 7),
            Language = Text(reader, 8),
            Keywords = reader.IsDBNull(9) ? [] : JsonSerializer.Deserialize(reader.GetString(9), StoreJson.Default.IReadOnlyListString) ?? [],
            Classifications = reader.IsDBNull(10) ? [] : JsonSerializer.Deserialize(reader.GetString(10), StoreJson.Default.IReadOnlyListClassificationCode) ?? [],
            Organizations = reader.IsDBNull(11) ? [] : JsonSerializer.Deserialize(reader.GetString(11), StoreJson.Default.IReadOnlyListAffiliationMention) ?? [],
            Funding = reader.IsDBNull(12) ? null : new FundingAmount((decimal)reader.GetDouble(12), Text(reader, 13) ?? ""),
            CitationCount = reader.IsDBNull(14) ? null : (int)reader.GetInt64(14),
        };
        return (work, Text(reader, 15));
    }

    private static AuthorMention MentionFromRow(NpgsqlDataReader reader) =>
        new(reader.GetString(18), (int)reader.GetInt64(16))
        {
            Role = (AuthorRole)reader.GetInt64(19),
            Affiliations = reader.IsDBNull(20) ? [] : [.. reader.GetString(20).Split(" | ").Select(text => new AffiliationMention(text))],
            Email = Text(reader, 21),
            Orcid = Text(reader, 22),
        };

    private static string? Text(NpgsqlDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
