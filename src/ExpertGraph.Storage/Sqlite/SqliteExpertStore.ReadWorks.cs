using System.Text.Json;
using ExpertGraph.Core.Model;
using ExpertGraph.Core.Storage;
using Microsoft.Data.Sqlite;

namespace ExpertGraph.Storage.Sqlite;

public sealed partial class SqliteExpertStore
{
    // One ordered join, read by one reader: a work's row comes once per authorship (the work columns are read only
    // from its first row; SQLite materializes a column only when it is read). Both orders follow primary keys, so
    // neither database sorts.
    internal const string ReadWorksSql = """
        SELECT w.id, w.source, w.source_id, w.kind, w.title, w.abstract, w.year, w.venue, w.language, w.keywords,
               w.classifications, w.organizations, w.funding_amount, w.funding_currency, w.citation_count, w.country_codes,
               a.position, a.person_id, a.raw_name, a.role, a.affiliation, a.email, a.orcid
        FROM works w LEFT JOIN authorships a ON a.work_id = w.id
        ORDER BY w.id, a.position
        """;

    public IEnumerable<StoredWork> ReadWorks(CancellationToken cancellationToken)
    {
        using var connection = OpenReader();
        using var command = connection.CreateCommand();
        command.CommandText = ReadWorksSql;
        using var reader = command.ExecuteReader();
        if (!reader.Read()) yield break;
        bool more;
        do
        {
            cancellationToken.ThrowIfCancellationRequested();
            var id = reader.GetInt64(0);
            var work = WorkFromRow(reader);
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

            IReadOnlyList<string> countries = work.CountryCodes is { } codes ? codes.Split(' ') : [];
            yield return new StoredWork(new WorkId(id), work.Work with { Authors = authors }, persons, countries);
        }
        while (more);
    }

    public IEnumerable<PersonId> ReadPersonIds(CancellationToken cancellationToken)
    {
        using var connection = OpenReader();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id FROM persons ORDER BY id";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return new PersonId(reader.GetInt64(0));
        }
    }

    private static (Work Work, string? CountryCodes) WorkFromRow(SqliteDataReader reader)
    {
        var work = new Work(new SourceKey(reader.GetString(1), reader.GetString(2)), (WorkKind)reader.GetInt32(3), reader.GetString(4))
        {
            Abstract = NullableString(reader, 5),
            Year = reader.IsDBNull(6) ? null : reader.GetInt32(6),
            Venue = NullableString(reader, 7),
            Language = NullableString(reader, 8),
            Keywords = reader.IsDBNull(9) ? [] : JsonSerializer.Deserialize(reader.GetString(9), StoreJson.Default.IReadOnlyListString) ?? [],
            Classifications = reader.IsDBNull(10) ? [] : JsonSerializer.Deserialize(reader.GetString(10), StoreJson.Default.IReadOnlyListClassificationCode) ?? [],
            Organizations = reader.IsDBNull(11) ? [] : JsonSerializer.Deserialize(reader.GetString(11), StoreJson.Default.IReadOnlyListAffiliationMention) ?? [],
            Funding = reader.IsDBNull(12) ? null : new FundingAmount((decimal)reader.GetDouble(12), NullableString(reader, 13) ?? ""),
            CitationCount = reader.IsDBNull(14) ? null : reader.GetInt32(14),
        };
        return (work, NullableString(reader, 15));
    }

    private static AuthorMention MentionFromRow(SqliteDataReader reader) =>
        new(reader.GetString(18), reader.GetInt32(16))
        {
            Role = (AuthorRole)reader.GetInt32(19),
            // The store keeps an author's affiliations as one " | "-joined text; their parsed parts are not stored.
            Affiliations = reader.IsDBNull(20) ? [] : [.. reader.GetString(20).Split(" | ").Select(text => new AffiliationMention(text))],
            Email = NullableString(reader, 21),
            Orcid = NullableString(reader, 22),
        };
}
