using ExpertGraph.Core.Model;
using ExpertGraph.Core.Storage;
using NpgsqlTypes;

namespace ExpertGraph.Storage.Postgres;

internal sealed partial class PostgresWriteSession
{
    private readonly List<(long Id, NewPerson Person)> _newPersons = [];
    private readonly Dictionary<string, long> _newKeys = new(StringComparer.Ordinal);
    private readonly HashSet<(long Person, string Name)> _newVariants = [];

    public PersonId? FindPersonByKey(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (_newKeys.TryGetValue(key, out var pending)) return new PersonId(pending);
        return PostgresErrors.Run("looking up a person key", () =>
        {
            using var select = Command("SELECT person_id FROM person_keys WHERE key = $1", key);
            return select.ExecuteScalar() is long id ? new PersonId(id) : (PersonId?)null;
        });
    }

    public PersonId CreatePerson(NewPerson person)
    {
        ArgumentNullException.ThrowIfNull(person);
        var id = PostgresErrors.Run("creating a person", () => _personIds.Next(_connection, _transaction));
        _newPersons.Add((id, person));
        return new PersonId(id);
    }

    /// <summary>Buffered; at commit a key some earlier transaction already linked keeps its person (first writer wins).</summary>
    public void AddPersonKey(string key, PersonId person)
    {
        ArgumentNullException.ThrowIfNull(key);
        _newKeys.TryAdd(key, person.Value);
    }

    public void AddNameVariant(PersonId person, string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        _newVariants.Add((person.Value, name));
    }

    public void MarkExpertsStale(IReadOnlyCollection<PersonId> persons) =>
        ExecuteForPersons("recording experts to index", "INSERT INTO stale_experts (person_id) SELECT unnest($1::bigint[]) ON CONFLICT DO NOTHING", persons);

    public void ClearStaleExperts(IReadOnlyCollection<PersonId> persons) =>
        ExecuteForPersons("clearing indexed experts", "DELETE FROM stale_experts WHERE person_id = ANY($1::bigint[])", persons);

    /// <summary>Runs one statement whose $1 is the persons' ids as a bigint array (nothing for none).</summary>
    private void ExecuteForPersons(string doing, string sql, IReadOnlyCollection<PersonId> persons)
    {
        ArgumentNullException.ThrowIfNull(persons);
        if (persons.Count == 0) return;
        PostgresErrors.Run(doing, () =>
        {
            using var command = Command(sql, persons.Select(p => p.Value).ToArray());
            command.ExecuteNonQuery();
        });
    }

    public InstitutionId GetOrCreateInstitution(string name, string key, string? countryCode) => PostgresErrors.Run("writing an institution", () =>
    {
        using (var select = Command("SELECT id, country_code FROM institutions WHERE name_key = $1", key))
        using (var reader = select.ExecuteReader())
        {
            if (reader.Read())
            {
                var id = reader.GetInt64(0);
                var missingCountry = reader.IsDBNull(1);
                reader.Close();
                if (missingCountry && countryCode is not null)
                {
                    using var fill = Command("UPDATE institutions SET country_code = $1 WHERE id = $2", countryCode, id);
                    fill.ExecuteNonQuery();
                }

                return new InstitutionId(id);
            }
        }

        using var insert = Command("INSERT INTO institutions (name, name_key, country_code) VALUES ($1, $2, $3) RETURNING id", name, key, countryCode);
        return new InstitutionId((long)insert.ExecuteScalar()!);
    });

    public void Quarantine(QuarantineEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        PostgresErrors.Run("quarantining a record", () =>
        {
            using var upsert = Command("""
                INSERT INTO quarantine (file_path, record_number, line, byte_offset, reason, raw_text)
                VALUES ($1, $2, $3, $4, $5, $6)
                ON CONFLICT (file_path, record_number) DO UPDATE SET
                    line = excluded.line, byte_offset = excluded.byte_offset, reason = excluded.reason, raw_text = excluded.raw_text
                """, entry.FilePath, entry.RecordNumber, entry.Line, entry.ByteOffset, entry.Reason, entry.RawText);
            upsert.ExecuteNonQuery();
        });
    }

    public void ClearQuarantine(string filePath) => PostgresErrors.Run("clearing a file's quarantine", () =>
    {
        using var delete = Command("DELETE FROM quarantine WHERE file_path = $1", filePath);
        delete.ExecuteNonQuery();
    });

    public void SetFileCheckpoint(FileCheckpoint checkpoint)
    {
        ArgumentNullException.ThrowIfNull(checkpoint);
        PostgresErrors.Run("writing a file checkpoint", () =>
        {
            using var upsert = Command("""
                INSERT INTO ingestion_files (path, content_hash, size, format, status, committed_records) VALUES ($1, $2, $3, $4, $5, $6)
                ON CONFLICT (path) DO UPDATE SET content_hash = excluded.content_hash, size = excluded.size,
                    format = excluded.format, status = excluded.status, committed_records = excluded.committed_records
                """, checkpoint.Path, checkpoint.ContentHash, checkpoint.Size, checkpoint.Format, (long)checkpoint.Status, checkpoint.CommittedRecords);
            upsert.ExecuteNonQuery();
        });
    }

    private void FlushPersons()
    {
        if (_newPersons.Count == 0) return;
        using var copy = _connection.BeginBinaryImport("""
            COPY persons (id, display_name, family_name, given_name, name_key, orcid, institution_id, country_code)
            FROM STDIN (FORMAT BINARY)
            """);
        foreach (var (id, person) in _newPersons)
        {
            copy.StartRow();
            copy.Write(id, NpgsqlDbType.Bigint);
            WriteValue(copy, person.DisplayName);
            WriteValue(copy, person.Name.Family);
            WriteValue(copy, person.Name.Given);
            WriteValue(copy, person.NameKey);
            WriteValue(copy, person.Orcid);
            WriteValue(copy, person.Institution?.Value);
            WriteValue(copy, person.CountryCode);
        }

        copy.Complete();
    }

    /// <summary>
    /// Keys and variants go through a transaction-local table so that rows already stored are kept, not duplicated. The
    /// table lives until commit, so it is emptied after each use: a session that sends its buffers early (re-resolution)
    /// would otherwise send the same rows again at commit, undoing what it changed in between.
    /// </summary>
    private void FlushKeysAndVariants()
    {
        if (_newKeys.Count > 0)
        {
            using (var create = Command("CREATE TEMP TABLE IF NOT EXISTS new_person_keys (key TEXT NOT NULL, person_id BIGINT NOT NULL) ON COMMIT DROP"))
                create.ExecuteNonQuery();
            using (var copy = _connection.BeginBinaryImport("COPY new_person_keys (key, person_id) FROM STDIN (FORMAT BINARY)"))
            {
                foreach (var (key, person) in _newKeys)
                {
                    copy.StartRow();
                    WriteValue(copy, key);
                    copy.Write(person, NpgsqlDbType.Bigint);
                }

                copy.Complete();
            }

            using (var insert = Command("INSERT INTO person_keys (key, person_id) SELECT key, person_id FROM new_person_keys ON CONFLICT (key) DO NOTHING"))
                insert.ExecuteNonQuery();
            using var empty = Command("DELETE FROM new_person_keys");
            empty.ExecuteNonQuery();
        }

        if (_newVariants.Count > 0)
        {
            using (var create = Command("CREATE TEMP TABLE IF NOT EXISTS new_name_variants (person_id BIGINT NOT NULL, name TEXT NOT NULL) ON COMMIT DROP"))
                create.ExecuteNonQuery();
            using (var copy = _connection.BeginBinaryImport("COPY new_name_variants (person_id, name) FROM STDIN (FORMAT BINARY)"))
            {
                foreach (var (person, name) in _newVariants)
                {
                    copy.StartRow();
                    copy.Write(person, NpgsqlDbType.Bigint);
                    WriteValue(copy, name);
                }

                copy.Complete();
            }

            using (var insert = Command("INSERT INTO name_variants (person_id, name) SELECT person_id, name FROM new_name_variants ON CONFLICT DO NOTHING"))
                insert.ExecuteNonQuery();
            using var empty = Command("DELETE FROM new_name_variants");
            empty.ExecuteNonQuery();
        }
    }

    /// <summary>PostgreSQL text cannot hold U+0000 (a damaged record's raw text, an odd identifier may): it is stored as U+FFFD.</summary>
    private static string WithoutNul(string text) => text.Contains('\0', StringComparison.Ordinal) ? text.Replace('\0', '\uFFFD') : text;
}
