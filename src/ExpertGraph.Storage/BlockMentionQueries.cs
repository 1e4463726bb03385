using System.Data.Common;
using System.Globalization;
using System.Text;
using System.Text.Json;
using ExpertGraph.Core.Model;
using ExpertGraph.Core.Resolution;
using ExpertGraph.Core.Storage;
using ExpertGraph.Storage.Curation;
using ExpertGraph.Storage.Sqlite;

namespace ExpertGraph.Storage;

/// <summary>
/// Mention blocks (schema 7), the same SQL on both stores: a block is loaded in two statements whatever its size (its
/// authorships with their works, every author name of those works), never one per mention. The resolver tags concepts
/// from titles itself, as its model was trained, so the works' stored tags are not read.
/// Text is ordered here, ordinally, not by the databases, whose collations differ.
/// </summary>
internal static class BlockMentionQueries
{
    /// <summary>Rows per UPDATE when writing block keys: 3 parameters each, far below either driver's limit.</summary>
    private const int KeysPerStatement = 200;

    private const string BlockWorks = "SELECT b.work_id FROM authorships b WHERE b.block_key = @block";

    public static IReadOnlyList<BlockMention> Mentions(DbConnection connection, DbTransaction? transaction, string blockKey)
    {
        ArgumentNullException.ThrowIfNull(blockKey);
        var sql = new CurationSql(connection, transaction);
        var mentions = sql.Query("""
            SELECT a.work_id, a.position, a.person_id, a.raw_name, w.source, a.affiliation, a.email, a.orcid, a.source_author_id,
                   w.title, w.venue, w.year, w.classifications, p.person_id
            FROM authorships a JOIN works w ON w.id = a.work_id
            LEFT JOIN mention_pins p ON p.work_id = a.work_id AND p.position = a.position
            WHERE a.block_key = @block
            ORDER BY a.work_id, a.position
            """, Mention, ("@block", blockKey));
        if (mentions.Count == 0) return [];

        var authors = new Dictionary<long, List<(int Position, string Name)>>();
        foreach (var (work, position, name) in sql.Query(
            $"SELECT o.work_id, o.position, o.raw_name FROM authorships o WHERE o.work_id IN ({BlockWorks}) ORDER BY o.work_id, o.position",
            r => (r.GetInt64(0), (int)r.GetInt64(1), r.GetString(2)), ("@block", blockKey)))
        {
            if (!authors.TryGetValue(work, out var list)) authors[work] = list = [];
            list.Add((position, name));
        }

        return
        [
            .. mentions.Select(m => m with
            {
                Coauthors = authors.TryGetValue(m.Work.Value, out var names)
                    ? [.. names.Where(a => a.Position != m.Position).Select(a => a.Name)]
                    : [],
            }),
        ];
    }

    /// <summary>The block's own rows with their stored profiles (<see cref="IStoreWriteSession.GetBlockProfiles"/>), in the same order.</summary>
    public static IReadOnlyList<StoredProfile> Profiles(DbConnection connection, DbTransaction? transaction, string blockKey)
    {
        ArgumentNullException.ThrowIfNull(blockKey);
        return new CurationSql(connection, transaction).Query(
            "SELECT work_id, position, person_id, raw_name, profile FROM authorships WHERE block_key = @block ORDER BY work_id, position",
            r => new StoredProfile(new WorkId(r.GetInt64(0)), (int)r.GetInt64(1), new PersonId(r.GetInt64(2)), r.GetString(3),
                r.IsDBNull(4) ? null : (byte[])r.GetValue(4)),
            ("@block", blockKey));
    }

    private static BlockMention Mention(DbDataReader r) =>
        new(new WorkId(r.GetInt64(0)), (int)r.GetInt64(1), new PersonId(r.GetInt64(2)), r.GetString(3))
        {
            Source = r.GetString(4),
            Affiliation = CurationSql.Text(r, 5),
            Email = CurationSql.Text(r, 6),
            Orcid = CurationSql.Text(r, 7),
            SourceAuthorId = CurationSql.Text(r, 8),
            Title = CurationSql.Text(r, 9),
            Venue = CurationSql.Text(r, 10),
            Year = r.IsDBNull(11) ? null : (int)r.GetInt64(11),
            Classifications = r.IsDBNull(12) ? [] : ClassificationTexts(r.GetString(12)),
            Pinned = r.IsDBNull(13) ? null : new PersonId(r.GetInt64(13)),
        };

    /// <summary>A work's codes as "scheme:code", the form the resolver's signatures compare (MentionSignatures).</summary>
    private static string[] ClassificationTexts(string json) =>
        [.. (JsonSerializer.Deserialize(json, StoreJson.Default.IReadOnlyListClassificationCode) ?? []).Select(c => c.Scheme + ":" + c.Code)];

    /// <summary>Blocks and their sizes; mentions whose name gives no key (block "") and those not keyed yet (NULL) are no block.</summary>
    public static IReadOnlyList<(string BlockKey, int Mentions)> Blocks(DbConnection connection)
    {
        var blocks = new CurationSql(connection, null).Query(
            "SELECT block_key, COUNT(*) FROM authorships WHERE block_key IS NOT NULL AND block_key <> '' GROUP BY block_key",
            r => (BlockKey: r.GetString(0), Mentions: (int)r.GetInt64(1)));
        blocks.Sort((a, b) => string.CompareOrdinal(a.BlockKey, b.BlockKey));
        return blocks;
    }

    /// <summary>
    /// Mentions not keyed yet, read in index order so that each chunk of a back-fill reads only its own rows, not the ones
    /// keyed before it: SQLite's entries of ix_authorships_block end with the primary key, so its NULL entries already come
    /// in this order; PostgreSQL orders equal keys by heap position, hence the partial index ix_authorships_unblocked.
    /// </summary>
    public static IReadOnlyList<MentionName> WithoutBlock(DbConnection connection, int limit)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        return new CurationSql(connection, null).Query(
            "SELECT work_id, position, raw_name FROM authorships WHERE block_key IS NULL ORDER BY work_id, position LIMIT @limit",
            r => new MentionName(new WorkId(r.GetInt64(0)), (int)r.GetInt64(1), r.GetString(2)),
            ("@limit", limit));
    }

    /// <summary>Writes block keys in the caller's transaction, <see cref="KeysPerStatement"/> rows per UPDATE … FROM (VALUES …).</summary>
    public static void SetBlockKeys(DbConnection connection, DbTransaction transaction, IReadOnlyList<(WorkId Work, int Position, string BlockKey)> keys) =>
        UpdateByPosition(connection, transaction, "block_key",
            [.. keys.Select(k => (k.Work, k.Position, (object)(k.BlockKey ?? throw new ArgumentException("a block key is null", nameof(keys)))))]);

    /// <summary>Writes stored profiles (<see cref="IStoreWriteSession.SetProfiles"/>) in the caller's transaction, as <see cref="SetBlockKeys"/> does.</summary>
    public static void SetProfiles(DbConnection connection, DbTransaction transaction, IReadOnlyList<(WorkId Work, int Position, byte[] Profile)> profiles) =>
        UpdateByPosition(connection, transaction, "profile",
            [.. profiles.Select(p => (p.Work, p.Position, (object)(p.Profile ?? throw new ArgumentException("a profile is null", nameof(profiles)))))]);

    private static void UpdateByPosition(DbConnection connection, DbTransaction transaction, string column, IReadOnlyList<(WorkId Work, int Position, object Value)> rows)
    {
        var sql = new CurationSql(connection, transaction);
        foreach (var chunk in rows.Chunk(KeysPerStatement))
        {
            var values = new StringBuilder();
            var parameters = new (string Name, object? Value)[chunk.Length * 3];
            for (var i = 0; i < chunk.Length; i++)
            {
                var n = i.ToString(CultureInfo.InvariantCulture);
                values.Append(i == 0 ? "" : ", ").Append(CultureInfo.InvariantCulture, $"(@w{n}, @p{n}, @v{n})");
                parameters[3 * i] = ("@w" + n, chunk[i].Work.Value);
                parameters[(3 * i) + 1] = ("@p" + n, chunk[i].Position);
                parameters[(3 * i) + 2] = ("@v" + n, chunk[i].Value);
            }

            // VALUES columns are column1, column2 … in both databases (neither needs a column alias list).
            sql.Execute($"""
                UPDATE authorships SET {column} = v.column3
                FROM (VALUES {values}) AS v
                WHERE authorships.work_id = v.column1 AND authorships.position = v.column2
                """, parameters);
        }
    }
}
