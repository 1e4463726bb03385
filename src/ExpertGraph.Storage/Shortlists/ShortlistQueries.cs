using System.Data.Common;
using System.Globalization;
using ExpertGraph.Core.Model;
using ExpertGraph.Core.Storage;
using ExpertGraph.Storage.Curation;

namespace ExpertGraph.Storage.Shortlists;

/// <summary>
/// The shortlists and shortlist_entries tables on both stores, the same SQL. An entry's stored position only orders
/// it (removals leave gaps); a read numbers the entries 1, 2, 3… in that order.
/// </summary>
internal static class ShortlistQueries
{
    public static bool Create(DbConnection connection, DbTransaction transaction, string name, string? note, DateTimeOffset createdAt)
    {
        var sql = new CurationSql(connection, transaction);
        if (Exists(sql, name)) return false;
        sql.Execute("INSERT INTO shortlists (name, note, created_at) VALUES (@n, @note, @at)", ("@n", name), ("@note", note), ("@at", Time(createdAt)));
        return true;
    }

    public static int Add(DbConnection connection, DbTransaction transaction, string name, IReadOnlyList<PersonId> persons, string? note, DateTimeOffset addedAt)
    {
        var sql = new CurationSql(connection, transaction);
        RequireList(sql, name);
        var next = sql.ScalarInt64("SELECT MAX(position) FROM shortlist_entries WHERE shortlist = @n", ("@n", name)) ?? 0;
        var added = 0;
        foreach (var person in persons.Distinct())
        {
            var present = sql.ScalarInt64("SELECT COUNT(*) FROM shortlist_entries WHERE shortlist = @n AND person_id = @p", ("@n", name), ("@p", person.Value)) > 0;
            if (present)
            {
                if (note is not null)
                    sql.Execute("UPDATE shortlist_entries SET note = @note WHERE shortlist = @n AND person_id = @p", ("@note", note), ("@n", name), ("@p", person.Value));
                continue;
            }

            sql.Execute("INSERT INTO shortlist_entries (shortlist, person_id, position, note, added_at) VALUES (@n, @p, @pos, @note, @at)",
                ("@n", name), ("@p", person.Value), ("@pos", ++next), ("@note", note), ("@at", Time(addedAt)));
            added++;
        }

        return added;
    }

    public static int Remove(DbConnection connection, DbTransaction transaction, string name, IReadOnlyCollection<PersonId> persons)
    {
        var sql = new CurationSql(connection, transaction);
        RequireList(sql, name);
        return persons.Distinct().Sum(person =>
            sql.Execute("DELETE FROM shortlist_entries WHERE shortlist = @n AND person_id = @p", ("@n", name), ("@p", person.Value)));
    }

    public static bool Delete(DbConnection connection, DbTransaction transaction, string name)
    {
        var sql = new CurationSql(connection, transaction);
        sql.Execute("DELETE FROM shortlist_entries WHERE shortlist = @n", ("@n", name));
        return sql.Execute("DELETE FROM shortlists WHERE name = @n", ("@n", name)) > 0;
    }

    public static Shortlist? Get(DbConnection connection, string name) => Read(connection, name).SingleOrDefault();

    /// <summary>Every list (or the one named), by name in ordinal order, entries in list order.</summary>
    public static IReadOnlyList<Shortlist> Read(DbConnection connection, string? name)
    {
        var sql = new CurationSql(connection, null);
        (string, object?)[] parameters = name is null ? [] : [("@n", name)];
        var lists = sql.Query($"SELECT name, note, created_at FROM shortlists{(name is null ? "" : " WHERE name = @n")}",
            row => (Name: row.GetString(0), Note: CurationSql.Text(row, 1), CreatedAt: Parse(row.GetString(2))), parameters);
        var entries = sql.Query($"SELECT shortlist, person_id, note, added_at FROM shortlist_entries{(name is null ? "" : " WHERE shortlist = @n")} ORDER BY shortlist, position",
            row => (List: row.GetString(0), Person: new PersonId(row.GetInt64(1)), Note: CurationSql.Text(row, 2), AddedAt: Parse(row.GetString(3))), parameters)
            .ToLookup(entry => entry.List, StringComparer.Ordinal);
        return [.. lists
            .OrderBy(list => list.Name, StringComparer.Ordinal)
            .Select(list => new Shortlist(list.Name, list.Note, list.CreatedAt,
                [.. entries[list.Name].Select((entry, i) => new ShortlistEntry(entry.Person, i + 1, entry.Note, entry.AddedAt))]))];
    }

    private static bool Exists(CurationSql sql, string name) =>
        sql.ScalarInt64("SELECT COUNT(*) FROM shortlists WHERE name = @n", ("@n", name)) > 0;

    private static void RequireList(CurationSql sql, string name)
    {
        if (!Exists(sql, name)) throw new StoreException($"no shortlist is named '{name}': create it with `expertgraph shortlist create`");
    }

    private static string Time(DateTimeOffset at) => at.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    private static DateTimeOffset Parse(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}
