using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using ExpertGraph.Core.Model;
using ExpertGraph.Core.Storage;
using ExpertGraph.Storage.Curation;

namespace ExpertGraph.Storage.ProfilePages;

/// <summary>The profile_pages table on both stores: the same SQL, the page and its match reasons kept as JSON.</summary>
internal static class ProfilePageQueries
{
    private const string Columns = "page_key, content_hash, read_at, page, person_id, match_score, match_reasons";

    public static UpsertOutcome Upsert(DbConnection connection, DbTransaction transaction, ProfilePage page, string contentHash, DateTimeOffset readAt)
    {
        var sql = new CurationSql(connection, transaction);
        var stored = sql.Query("SELECT content_hash FROM profile_pages WHERE page_key = @k", r => r.GetString(0), ("@k", page.Key));
        if (stored.Count == 1 && string.Equals(stored[0], contentHash, StringComparison.Ordinal)) return UpsertOutcome.Unchanged;
        var values = new (string, object?)[]
        {
            ("@k", page.Key), ("@h", contentHash), ("@at", readAt.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture)),
            ("@page", JsonSerializer.Serialize(page)), ("@reasons", JsonSerializer.Serialize(ProfilePageMatch.NotYet.Reasons)),
        };
        if (stored.Count == 0)
        {
            sql.Execute("INSERT INTO profile_pages (page_key, content_hash, read_at, page, person_id, match_score, match_reasons) VALUES (@k, @h, @at, @page, NULL, 0, @reasons)", values);
            return UpsertOutcome.Inserted;
        }

        sql.Execute("UPDATE profile_pages SET content_hash = @h, read_at = @at, page = @page, person_id = NULL, match_score = 0, match_reasons = @reasons WHERE page_key = @k", values);
        return UpsertOutcome.Updated;
    }

    public static void SetMatch(DbConnection connection, DbTransaction transaction, string pageKey, ProfilePageMatch match)
    {
        var updated = new CurationSql(connection, transaction).Execute(
            "UPDATE profile_pages SET person_id = @p, match_score = @s, match_reasons = @r WHERE page_key = @k",
            ("@p", match.Person?.Value), ("@s", match.Score), ("@r", JsonSerializer.Serialize(match.Reasons)), ("@k", pageKey));
        if (updated == 0) throw new StoreException($"no stored profile page has the key '{pageKey}'");
    }

    public static IReadOnlyList<StoredProfilePage> OfPerson(DbConnection connection, PersonId person) =>
        new CurationSql(connection, null).Query($"SELECT {Columns} FROM profile_pages WHERE person_id = @p ORDER BY page_key", Read, ("@p", person.Value));

    public static IReadOnlyList<StoredProfilePage> All(DbConnection connection) =>
        new CurationSql(connection, null).Query($"SELECT {Columns} FROM profile_pages ORDER BY page_key", Read);

    private static StoredProfilePage Read(DbDataReader row)
    {
        var page = JsonSerializer.Deserialize<ProfilePage>(row.GetString(3))
            ?? throw new StoreException($"profile page '{row.GetString(0)}' holds no page");
        var match = new ProfilePageMatch(
            row.IsDBNull(4) ? null : new PersonId(row.GetInt64(4)),
            row.GetDouble(5),
            JsonSerializer.Deserialize<string[]>(row.GetString(6)) ?? []);
        var readAt = DateTimeOffset.Parse(row.GetString(2), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
        return new StoredProfilePage(page, row.GetString(1), readAt, match);
    }
}
