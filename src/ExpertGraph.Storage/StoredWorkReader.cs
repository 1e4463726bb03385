using System.Data.Common;
using System.Text.Json;
using ExpertGraph.Core.Model;
using ExpertGraph.Core.Storage;
using ExpertGraph.Storage.Schema;
using ExpertGraph.Storage.Sqlite;

namespace ExpertGraph.Storage;

/// <summary>
/// Reads works back with their authorships, for rebuilding the index from the store alone: one statement and one
/// mapping for both stores (integers are read as 64-bit, which both drivers give for their integer columns).
/// </summary>
internal static class StoredWorkReader
{
    // One ordered join, read by one reader: a work's row comes once per authorship (the work columns are read only
    // from its first row). Both orders follow primary keys, so neither database sorts.
    // A work's concepts come as one JSON text (WorkTagsJson): SQLite's row of work_tags, PostgreSQL's rows of
    // work_concepts aggregated by a correlated subquery (its primary key is a prefix).
    public static string Sql(SqlDialect dialect, string? where = null) => $"""
        SELECT w.id, w.source, w.source_id, w.kind, w.title, w.abstract, w.year, w.venue, w.language, w.keywords,
               w.classifications, w.organizations, w.funding_amount, w.funding_currency, w.citation_count, w.country_codes,
               a.position, a.person_id, a.raw_name, a.role, a.affiliation, a.email, a.orcid,
               {(dialect == SqlDialect.Sqlite
                   ? "(SELECT t.tags FROM work_tags t WHERE t.work_id = w.id)"
                   : "(SELECT json_agg(json_build_array(c.concept_id, c.weight, c.matched) ORDER BY c.concept_id)::text FROM work_concepts c WHERE c.work_id = w.id)")}
        FROM works w LEFT JOIN authorships a ON a.work_id = w.id
        {(where is null ? "" : "WHERE " + where)}
        ORDER BY w.id, a.position
        """;

    public static IEnumerable<StoredWork> Read(DbDataReader reader, CancellationToken cancellationToken)
    {
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

    private static (Work Work, string? CountryCodes) WorkFromRow(DbDataReader reader)
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
            Concepts = reader.IsDBNull(23) ? [] : ParseConcepts(reader.GetString(23)),
        };
        return (work, Text(reader, 15));
    }

    private static AuthorMention MentionFromRow(DbDataReader reader) =>
        new(reader.GetString(18), (int)reader.GetInt64(16))
        {
            Role = (AuthorRole)reader.GetInt64(19),
            // The store keeps an author's affiliations as one " | "-joined text; their parsed parts are not stored.
            Affiliations = reader.IsDBNull(20) ? [] : [.. reader.GetString(20).Split(" | ").Select(text => new AffiliationMention(text))],
            Email = Text(reader, 21),
            Orcid = Text(reader, 22),
        };

    private static WorkConcept[] ParseConcepts(string json) =>
    [
        .. WorkTagsJson.Decode(System.Text.Encoding.UTF8.GetBytes(json))
            .OrderByDescending(c => c.Weight).ThenBy(c => c.ConceptId, StringComparer.Ordinal),
    ];

    private static string? Text(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
