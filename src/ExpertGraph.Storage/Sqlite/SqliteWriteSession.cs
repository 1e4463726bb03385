using System.Text;
using System.Text.Json;
using ExpertGraph.Core.Model;
using ExpertGraph.Core.Storage;
using Microsoft.Data.Sqlite;

namespace ExpertGraph.Storage.Sqlite;

/// <summary>One write transaction on the store's write connection, with its prepared commands.</summary>
internal sealed partial class SqliteWriteSession : IStoreWriteSession
{
    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    private readonly Action _release;
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RawStatement> _statements = new(StringComparer.Ordinal);
    private readonly HashSet<long> _insertedWorks = [];
    private readonly HashSet<long> _authoredWorks = [];
    private readonly HashSet<long> _identifiedWorks = [];
    private readonly HashSet<long> _taggedWorks = [];
    private bool _wroteWorks;
    private bool _completed;
    private bool _disposed;

    public SqliteWriteSession(SqliteConnection connection, Action release)
    {
        _connection = connection;
        _release = release;
        _transaction = connection.BeginTransaction(deferred: false);
    }

    public void Prefetch(IReadOnlyCollection<SourceKey> works)
    {
        // In-process lookups cost microseconds: nothing to gain from a batch.
    }

    public StoredVersion? FindWork(SourceKey key)
    {
        var find = Raw("SELECT id, content_hash FROM works WHERE source = ?1 AND source_id = ?2").Bind(1, key.Source).Bind(2, key.Id);
        if (!find.Step()) return null;
        var found = new StoredVersion(new WorkId(find.Int64(0)), Encoding.UTF8.GetString(find.Bytes(1)));
        find.Reset();
        return found;
    }

    public WorkUpsert UpsertWork(Work work, string contentHash)
    {
        var stored = FindWork(work.Key);
        if (stored is { } same && string.Equals(same.ContentHash, contentHash, StringComparison.Ordinal))
            return new WorkUpsert(same.Id, UpsertOutcome.Unchanged);

        _wroteWorks = true;
        if (stored?.Id.Value is { } id)
        {
            // ?1 and ?2 (source, source id) stay unbound: the row keeps them.
            BindWork(Raw("""
                UPDATE works SET kind = ?3, title = ?4, abstract = ?5, year = ?6, venue = ?7, language = ?8, keywords = ?9,
                    classifications = ?10, organizations = ?11, funding_amount = ?12, funding_currency = ?13,
                    citation_count = ?14, country_codes = ?15, content_hash = ?16
                WHERE id = ?17
                """), work, contentHash).Bind(17, id).Execute();
            ReplaceIdentifiers(id, work.Identifiers);
            ReplaceConcepts(id, work.Concepts);
            return new WorkUpsert(new WorkId(id), UpsertOutcome.Updated);
        }

        var newId = BindWork(Raw("""
            INSERT INTO works (source, source_id, kind, title, abstract, year, venue, language, keywords, classifications,
                organizations, funding_amount, funding_currency, citation_count, country_codes, content_hash)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)
            RETURNING id
            """), work, contentHash).Bind(1, work.Key.Source).Bind(2, work.Key.Id).QueryInt64()
            ?? throw new StoreException("INSERT INTO works returned no id");
        _insertedWorks.Add(newId);
        ReplaceIdentifiers(newId, work.Identifiers);
        ReplaceConcepts(newId, work.Concepts);
        return new WorkUpsert(new WorkId(newId), UpsertOutcome.Inserted);
    }

    public void Commit()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_wroteWorks)
        {
            var flag = Command("INSERT INTO store_flags(name, value) VALUES ('derived_stale', 1) ON CONFLICT(name) DO UPDATE SET value = 1");
            flag.ExecuteNonQuery();
        }

        _transaction.Commit();
        _completed = true;
    }

    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        try
        {
            foreach (var command in _commands.Values) command.Dispose();
            foreach (var statement in _statements.Values) statement.Dispose();
            if (!_completed) _transaction.Rollback();
            _transaction.Dispose();
        }
        finally
        {
            _release();
        }
    }

    internal void LogRun(RunLogEntry run)
    {
        var insert = Command("""
            INSERT INTO ingestion_runs (started_at, finished_at, files, records_read, inserted, updated, unchanged, quarantined, skipped)
            VALUES ($started, $finished, $files, $read, $inserted, $updated, $unchanged, $quarantined, $skipped)
            """, "$started", "$finished", "$files", "$read", "$inserted", "$updated", "$unchanged", "$quarantined", "$skipped");
        insert.Parameters["$started"].Value = run.StartedAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture);
        insert.Parameters["$finished"].Value = run.FinishedAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture);
        insert.Parameters["$files"].Value = run.Files;
        insert.Parameters["$read"].Value = run.RecordsRead;
        insert.Parameters["$inserted"].Value = run.Inserted;
        insert.Parameters["$updated"].Value = run.Updated;
        insert.Parameters["$unchanged"].Value = run.Unchanged;
        insert.Parameters["$quarantined"].Value = run.Quarantined;
        insert.Parameters["$skipped"].Value = run.Skipped;
        insert.ExecuteNonQuery();
    }

    /// <summary>Binds a work's columns at ?3 to ?16, in the order of the works table (the INSERT and the UPDATE share them).</summary>
    private static RawStatement BindWork(RawStatement statement, Work work, string contentHash)
    {
        var countries = work.AffiliationCountryCodes();
        return statement
            .Bind(3, (int)work.Kind)
            .Bind(4, work.Title)
            .Bind(5, work.Abstract)
            .Bind(6, work.Year)
            .Bind(7, work.Venue)
            .Bind(8, work.Language)
            .Bind(9, work.Keywords.Count == 0 ? null : JsonSerializer.Serialize(work.Keywords, StoreJson.Default.IReadOnlyListString))
            .Bind(10, work.Classifications.Count == 0 ? null : JsonSerializer.Serialize(work.Classifications, StoreJson.Default.IReadOnlyListClassificationCode))
            .Bind(11, work.Organizations.Count == 0 ? null : JsonSerializer.Serialize(work.Organizations, StoreJson.Default.IReadOnlyListAffiliationMention))
            .Bind(12, work.Funding is { } funding ? (double)funding.Amount : null)
            .Bind(13, work.Funding?.Currency)
            .Bind(14, work.CitationCount)
            .Bind(15, countries.Count == 0 ? null : string.Join(' ', countries))
            .Bind(16, contentHash);
    }

    private void ReplaceIdentifiers(long workId, IReadOnlyList<WorkIdentifier> identifiers)
    {
        if (!_insertedWorks.Contains(workId) || !_identifiedWorks.Add(workId))
        {
            var delete = Command("DELETE FROM work_identifiers WHERE work_id = $work", "$work");
            delete.Parameters[0].Value = workId;
            delete.ExecuteNonQuery();
        }

        var insert = Raw("INSERT OR IGNORE INTO work_identifiers (scheme, value, work_id) VALUES (?1, ?2, ?3)");
        foreach (var identifier in identifiers)
            insert.Bind(1, (int)identifier.Scheme).Bind(2, identifier.Value).Bind(3, workId).Execute();
    }

    public void ReplaceConcepts(WorkId work, IReadOnlyList<WorkConcept> concepts)
    {
        ArgumentNullException.ThrowIfNull(concepts);
        _wroteWorks = true;
        ReplaceConcepts(work.Value, concepts);
    }

    private void ReplaceConcepts(long workId, IReadOnlyList<WorkConcept> concepts)
    {
        // One row per work (schema 18), replaced whole. A work inserted in this session has none until it is first tagged.
        if (concepts.Count == 0)
        {
            if (!_insertedWorks.Contains(workId) || _taggedWorks.Contains(workId)) Raw("DELETE FROM work_tags WHERE work_id = ?1").Bind(1, workId).Execute();
            return;
        }

        _taggedWorks.Add(workId);
        Raw("INSERT OR REPLACE INTO work_tags (work_id, tags) VALUES (?1, ?2)").Bind(1, workId).BindUtf8(2, WorkTagsJson.Encode(concepts)).Execute();
    }

    /// <summary>A positional statement prepared once for the session (the hot path; see <see cref="RawStatement"/>).</summary>
    private RawStatement Raw(string sql)
    {
        if (!_statements.TryGetValue(sql, out var statement)) _statements[sql] = statement = new RawStatement(_connection, sql);
        return statement;
    }

    /// <summary>A prepared command cached for the session, its parameters created once in the order given.</summary>
    private SqliteCommand Command(string sql, params string[] parameters)
    {
        if (_commands.TryGetValue(sql, out var command)) return command;
        command = _connection.CreateCommand();
        command.Transaction = _transaction;
        command.CommandText = sql;
        foreach (var name in parameters) command.Parameters.Add(new SqliteParameter { ParameterName = name });
        command.Prepare();
        _commands[sql] = command;
        return command;
    }
}
