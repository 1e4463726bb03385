using System.Text.Json;
using ExpertGraph.Core.Model;
using ExpertGraph.Core.Storage;
using ExpertGraph.Storage.Sqlite;
using Npgsql;
using NpgsqlTypes;

namespace ExpertGraph.Storage.Postgres;

/// <summary>
/// One write transaction on a server connection. Round trips are the cost here, so the session asks the server only
/// what it must know now (does this work exist? who owns this key?) and buffers every row that is only written — new
/// works, persons, identifiers, authorships, keys, name variants — to send with binary COPY at <see cref="Commit"/>.
/// It answers its own questions from those buffers first, so within a session it behaves exactly like the embedded one;
/// a mention block read (<see cref="GetBlockMentions"/>), which joins several tables, sends the buffered work rows first.
/// </summary>
internal sealed partial class PostgresWriteSession : IStoreWriteSession
{
    private readonly NpgsqlConnection _connection;
    private readonly NpgsqlTransaction _transaction;
    private readonly IdBlocks _workIds;
    private readonly IdBlocks _personIds;
    private readonly Action _release;
    private readonly Dictionary<SourceKey, (long Id, string Hash)> _knownWorks = [];
    private readonly Dictionary<long, (Work Work, string Hash)> _newWorks = [];
    private readonly HashSet<SourceKey> _absentWorks = [];
    private readonly Dictionary<long, WorkIdentifier[]> _identifiers = [];
    private readonly Dictionary<long, IReadOnlyList<AuthorshipRow>> _authorships = [];
    private readonly HashSet<long> _clearedIdentifiers = [];
    private readonly Dictionary<long, WorkConcept[]> _concepts = [];
    private readonly HashSet<long> _retaggedWorks = [];
    private readonly HashSet<long> _clearedAuthorships = [];
    private bool _wroteWorks;
    private bool _completed;
    private bool _disposed;

    public PostgresWriteSession(NpgsqlConnection connection, NpgsqlTransaction transaction, IdBlocks workIds, IdBlocks personIds, Action release)
    {
        _connection = connection;
        _transaction = transaction;
        _workIds = workIds;
        _personIds = personIds;
        _release = release;
    }

    public void Prefetch(IReadOnlyCollection<SourceKey> works)
    {
        ArgumentNullException.ThrowIfNull(works);
        var wanted = works.Where(key => !_knownWorks.ContainsKey(key) && !_absentWorks.Contains(key)).Distinct().ToList();
        if (wanted.Count == 0) return;
        PostgresErrors.Run("looking up works", () =>
        {
            using var find = Command("""
                SELECT w.source, w.source_id, w.id, w.content_hash
                FROM works w JOIN unnest($1::text[], $2::text[]) AS k(source, source_id)
                  ON w.source = k.source AND w.source_id = k.source_id
                """, wanted.Select(k => k.Source).ToArray(), wanted.Select(k => k.Id).ToArray());
            var found = new HashSet<SourceKey>();
            using (var reader = find.ExecuteReader())
            {
                while (reader.Read())
                {
                    var key = new SourceKey(reader.GetString(0), reader.GetString(1));
                    _knownWorks[key] = (reader.GetInt64(2), reader.GetString(3));
                    found.Add(key);
                }
            }

            foreach (var key in wanted)
                if (!found.Contains(key)) _absentWorks.Add(key);
        });
    }

    public StoredVersion? FindWork(SourceKey key) =>
        PostgresErrors.Run("looking up a work", () => Known(key) is { Hash: not null } known ? new StoredVersion(new WorkId(known.Id), known.Hash) : (StoredVersion?)null);

    /// <summary>The work's id and hash as this session knows them (looked up once), or (0, null) when the store has none.</summary>
    private (long Id, string? Hash) Known(SourceKey key)
    {
        if (_knownWorks.TryGetValue(key, out var known) || _absentWorks.Contains(key)) return known;
        using var find = Command("SELECT id, content_hash FROM works WHERE source = $1 AND source_id = $2", key.Source, key.Id);
        using var reader = find.ExecuteReader();
        if (!reader.Read()) return default;
        known = (reader.GetInt64(0), reader.GetString(1));
        _knownWorks[key] = known;
        return known;
    }

    public WorkUpsert UpsertWork(Work work, string contentHash)
    {
        ArgumentNullException.ThrowIfNull(work);
        return PostgresErrors.Run("writing a work", () =>
        {
            var existing = Known(work.Key);
            if (existing.Hash is not null && string.Equals(existing.Hash, contentHash, StringComparison.Ordinal))
                return new WorkUpsert(new WorkId(existing.Id), UpsertOutcome.Unchanged);

            _wroteWorks = true;
            if (existing.Hash is null)
            {
                var id = _workIds.Next(_connection, _transaction);
                _knownWorks[work.Key] = (id, contentHash);
                _newWorks[id] = (work, contentHash);
                _identifiers[id] = Distinct(work.Identifiers);
                _concepts[id] = Distinct(work.Concepts);
                return new WorkUpsert(new WorkId(id), UpsertOutcome.Inserted);
            }

            _knownWorks[work.Key] = (existing.Id, contentHash);
            if (_newWorks.ContainsKey(existing.Id))
            {
                _newWorks[existing.Id] = (work, contentHash);
            }
            else
            {
                using var update = Command("""
                    UPDATE works SET kind = $1, title = $2, abstract = $3, year = $4, venue = $5, language = $6, keywords = $7,
                        classifications = $8, organizations = $9, funding_amount = $10, funding_currency = $11,
                        citation_count = $12, country_codes = $13, content_hash = $14
                    WHERE id = $15
                    """, [.. WorkValues(work, contentHash), existing.Id]);
                update.ExecuteNonQuery();
                if (_clearedIdentifiers.Add(existing.Id))
                {
                    using var delete = Command("DELETE FROM work_identifiers WHERE work_id = $1", existing.Id);
                    delete.ExecuteNonQuery();
                    using var untag = Command("DELETE FROM work_concepts WHERE work_id = $1", existing.Id);
                    untag.ExecuteNonQuery();
                }
            }

            _identifiers[existing.Id] = Distinct(work.Identifiers);
            _concepts[existing.Id] = Distinct(work.Concepts);
            return new WorkUpsert(new WorkId(existing.Id), UpsertOutcome.Updated);
        });
    }

    public IReadOnlyDictionary<int, PersonId> GetAuthorshipPersons(WorkId work)
    {
        if (_authorships.TryGetValue(work.Value, out var buffered)) return buffered.ToDictionary(a => a.Position, a => a.Person);
        if (_newWorks.ContainsKey(work.Value) || _clearedAuthorships.Contains(work.Value)) return new Dictionary<int, PersonId>();
        return PostgresErrors.Run("reading authorships", () =>
        {
            using var select = Command("SELECT position, person_id FROM authorships WHERE work_id = $1", work.Value);
            var persons = new Dictionary<int, PersonId>();
            using var reader = select.ExecuteReader();
            while (reader.Read()) persons[(int)reader.GetInt64(0)] = new PersonId(reader.GetInt64(1));
            return persons;
        });
    }

    public void ReplaceAuthorships(WorkId work, IReadOnlyList<AuthorshipRow> authorships)
    {
        ArgumentNullException.ThrowIfNull(authorships);
        _wroteWorks = true;
        // A work inserted in this session has no stored authorships; an existing one loses its stored rows once.
        if (!_newWorks.ContainsKey(work.Value) && _clearedAuthorships.Add(work.Value))
        {
            PostgresErrors.Run("replacing authorships", () =>
            {
                using var delete = Command("DELETE FROM authorships WHERE work_id = $1", work.Value);
                delete.ExecuteNonQuery();
            });
        }

        _authorships[work.Value] = [.. authorships];
    }

    public void ReplaceConcepts(WorkId work, IReadOnlyList<WorkConcept> concepts)
    {
        ArgumentNullException.ThrowIfNull(concepts);
        _wroteWorks = true;
        if (!_newWorks.ContainsKey(work.Value) && _retaggedWorks.Add(work.Value))
        {
            PostgresErrors.Run("replacing concept tags", () =>
            {
                using var delete = Command("DELETE FROM work_concepts WHERE work_id = $1", work.Value);
                delete.ExecuteNonQuery();
            });
        }

        _concepts[work.Value] = Distinct(concepts);
    }

    public void Commit()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        PostgresErrors.Run("committing a batch", () =>
        {
            FlushPersons();
            FlushWorks();
            FlushKeysAndVariants();
            if (_wroteWorks)
            {
                using var flag = Command("INSERT INTO store_flags (name, value) VALUES ('derived_stale', 1) ON CONFLICT (name) DO UPDATE SET value = 1");
                flag.ExecuteNonQuery();
            }

            _transaction.Commit();
        });
        _completed = true;
    }

    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        try
        {
            if (!_completed) _transaction.Rollback();
        }
        catch (NpgsqlException)
        {
            // The connection is gone: the server rolled the transaction back itself.
        }
        catch (InvalidOperationException)
        {
            // The connection broke mid-transaction: nothing to roll back from here.
        }
        finally
        {
            _transaction.Dispose();
            _release();
        }
    }

    internal void LogRun(RunLogEntry run) => PostgresErrors.Run("logging the run", () =>
    {
        using var insert = Command("""
            INSERT INTO ingestion_runs (started_at, finished_at, files, records_read, inserted, updated, unchanged, quarantined, skipped)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
            """,
            run.StartedAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            run.FinishedAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
            (long)run.Files, run.RecordsRead, run.Inserted, run.Updated, run.Unchanged, run.Quarantined, run.Skipped);
        insert.ExecuteNonQuery();
    });

    private void FlushWorks()
    {
        if (_newWorks.Count > 0)
        {
            using var copy = _connection.BeginBinaryImport("""
                COPY works (id, source, source_id, kind, title, abstract, year, venue, language, keywords, classifications,
                    organizations, funding_amount, funding_currency, citation_count, country_codes, content_hash) FROM STDIN (FORMAT BINARY)
                """);
            foreach (var (id, (work, hash)) in _newWorks)
            {
                copy.StartRow();
                copy.Write(id, NpgsqlDbType.Bigint);
                WriteValue(copy, work.Key.Source);
                WriteValue(copy, work.Key.Id);
                foreach (var value in WorkValues(work, hash)) WriteValue(copy, value);
            }

            copy.Complete();
        }

        if (_identifiers.Values.Any(list => list.Length > 0))
        {
            using var copy = _connection.BeginBinaryImport("COPY work_identifiers (scheme, value, work_id) FROM STDIN (FORMAT BINARY)");
            foreach (var (workId, identifiers) in _identifiers)
            {
                foreach (var identifier in identifiers)
                {
                    copy.StartRow();
                    copy.Write((long)identifier.Scheme, NpgsqlDbType.Bigint);
                    WriteValue(copy, identifier.Value);
                    copy.Write(workId, NpgsqlDbType.Bigint);
                }
            }

            copy.Complete();
        }

        if (_concepts.Values.Any(list => list.Length > 0))
        {
            using var copy = _connection.BeginBinaryImport("COPY work_concepts (work_id, concept_id, weight, matched) FROM STDIN (FORMAT BINARY)");
            foreach (var (workId, concepts) in _concepts)
            {
                foreach (var concept in concepts)
                {
                    copy.StartRow();
                    copy.Write(workId, NpgsqlDbType.Bigint);
                    WriteValue(copy, concept.ConceptId);
                    copy.Write((double)concept.Weight, NpgsqlDbType.Double);
                    copy.Write(concept.Matched ? 1L : 0L, NpgsqlDbType.Bigint);
                }
            }

            copy.Complete();
        }

        if (_authorships.Values.Any(list => list.Count > 0))
        {
            using var copy = _connection.BeginBinaryImport("""
                COPY authorships (work_id, position, person_id, raw_name, role, institution_id, affiliation, email, orcid,
                    block_key, source_author_id, profile)
                FROM STDIN (FORMAT BINARY)
                """);
            foreach (var (workId, rows) in _authorships)
            {
                foreach (var row in rows)
                {
                    copy.StartRow();
                    copy.Write(workId, NpgsqlDbType.Bigint);
                    copy.Write((long)row.Position, NpgsqlDbType.Bigint);
                    copy.Write(row.Person.Value, NpgsqlDbType.Bigint);
                    WriteValue(copy, row.RawName);
                    copy.Write((long)row.Role, NpgsqlDbType.Bigint);
                    WriteValue(copy, row.Institution?.Value);
                    WriteValue(copy, row.Affiliation);
                    WriteValue(copy, row.Email);
                    WriteValue(copy, row.Orcid);
                    WriteValue(copy, row.BlockKey);
                    WriteValue(copy, row.SourceAuthorId);
                    if (row.Profile is { } profile) copy.Write(profile, NpgsqlDbType.Bytea);
                    else copy.WriteNull();
                }
            }

            copy.Complete();
        }
    }

    private static WorkConcept[] Distinct(IReadOnlyList<WorkConcept> concepts) => [.. concepts.DistinctBy(c => c.ConceptId)];

    private static WorkIdentifier[] Distinct(IReadOnlyList<WorkIdentifier> identifiers) =>
        [.. identifiers.DistinctBy(i => (i.Scheme, i.Value))];

    private static object?[] WorkValues(Work work, string contentHash) =>
    [
        (long)work.Kind,
        work.Title,
        work.Abstract,
        work.Year is { } year ? (long)year : null,
        work.Venue,
        work.Language,
        work.Keywords.Count == 0 ? null : JsonSerializer.Serialize(work.Keywords, StoreJson.Default.IReadOnlyListString),
        work.Classifications.Count == 0 ? null : JsonSerializer.Serialize(work.Classifications, StoreJson.Default.IReadOnlyListClassificationCode),
        work.Organizations.Count == 0 ? null : JsonSerializer.Serialize(work.Organizations, StoreJson.Default.IReadOnlyListAffiliationMention),
        work.Funding is { } funding ? (double)funding.Amount : null,
        work.Funding?.Currency,
        work.CitationCount is { } citations ? (long)citations : null,
        work.AffiliationCountryCodes() is { Count: > 0 } countries ? string.Join(' ', countries) : null,
        contentHash,
    ];

    private static void WriteValue(NpgsqlBinaryImporter copy, object? value)
    {
        switch (value)
        {
            case null: copy.WriteNull(); break;
            case long number: copy.Write(number, NpgsqlDbType.Bigint); break;
            case double real: copy.Write(real, NpgsqlDbType.Double); break;
            case string text: copy.Write(WithoutNul(text), NpgsqlDbType.Text); break;
            default: throw new InvalidOperationException($"no COPY mapping for {value.GetType().Name}");
        }
    }

    /// <summary>A command in the session's transaction with positional parameters ($1, $2 …); nulls are sent as NULL.</summary>
    private NpgsqlCommand Command(string sql, params object?[] values)
    {
        var command = new NpgsqlCommand(sql, _connection, _transaction);
        foreach (var value in values) command.Parameters.Add(new NpgsqlParameter { Value = value is string text ? WithoutNul(text) : value ?? DBNull.Value });
        return command;
    }
}
