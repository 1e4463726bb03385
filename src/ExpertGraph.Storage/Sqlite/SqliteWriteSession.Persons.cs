using ExpertGraph.Core.Model;
using ExpertGraph.Core.Storage;

namespace ExpertGraph.Storage.Sqlite;

internal sealed partial class SqliteWriteSession
{
    public IReadOnlyDictionary<int, PersonId> GetAuthorshipPersons(WorkId work)
    {
        if (_insertedWorks.Contains(work.Value) && !_authoredWorks.Contains(work.Value)) return new Dictionary<int, PersonId>();
        var select = Command("SELECT position, person_id FROM authorships WHERE work_id = $work", "$work");
        select.Parameters[0].Value = work.Value;
        var persons = new Dictionary<int, PersonId>();
        using var reader = select.ExecuteReader();
        while (reader.Read()) persons[reader.GetInt32(0)] = new PersonId(reader.GetInt64(1));
        return persons;
    }

    public void ReplaceAuthorships(WorkId work, IReadOnlyList<AuthorshipRow> authorships)
    {
        _wroteWorks = true;
        // A work inserted in this session has no authorships until its first replace: the delete would find nothing.
        if (!_insertedWorks.Contains(work.Value) || !_authoredWorks.Add(work.Value))
        {
            var delete = Command("DELETE FROM authorships WHERE work_id = $work", "$work");
            delete.Parameters[0].Value = work.Value;
            delete.ExecuteNonQuery();
        }

        var insert = Raw("""
            INSERT INTO authorships (work_id, position, person_id, raw_name, role, institution_id, affiliation, email, orcid,
                block_key, source_author_id, profile)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)
            """);
        foreach (var row in authorships)
        {
            insert.Bind(1, work.Value).Bind(2, row.Position).Bind(3, row.Person.Value).Bind(4, row.RawName).Bind(5, (int)row.Role)
                .Bind(6, row.Institution?.Value).Bind(7, row.Affiliation).Bind(8, row.Email).Bind(9, row.Orcid)
                .Bind(10, row.BlockKey).Bind(11, row.SourceAuthorId).Bind(12, row.Profile)
                .Execute();
        }
    }

    public void MarkExpertsStale(IReadOnlyCollection<PersonId> persons)
    {
        ArgumentNullException.ThrowIfNull(persons);
        var insert = Raw("INSERT OR IGNORE INTO stale_experts (person_id) VALUES (?1)");
        foreach (var person in persons) insert.Bind(1, person.Value).Execute();
    }

    public void ClearStaleExperts(IReadOnlyCollection<PersonId> persons)
    {
        ArgumentNullException.ThrowIfNull(persons);
        var delete = Raw("DELETE FROM stale_experts WHERE person_id = ?1");
        foreach (var person in persons) delete.Bind(1, person.Value).Execute();
    }

    public PersonId? FindPersonByKey(string key)
    {
        var id = Raw("SELECT person_id FROM person_keys WHERE key = ?1").Bind(1, key).QueryInt64();
        return id is { } value ? new PersonId(value) : null;
    }

    public PersonId CreatePerson(NewPerson person)
    {
        var id = Raw("""
            INSERT INTO persons (display_name, family_name, given_name, name_key, orcid, institution_id, country_code)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) RETURNING id
            """)
            .Bind(1, person.DisplayName).Bind(2, person.Name.Family).Bind(3, person.Name.Given).Bind(4, person.NameKey)
            .Bind(5, person.Orcid).Bind(6, person.Institution?.Value).Bind(7, person.CountryCode)
            .QueryInt64();
        return new PersonId(id ?? throw new StoreException("INSERT INTO persons returned no id"));
    }

    public void AddPersonKey(string key, PersonId person)
    {
        Raw("INSERT OR IGNORE INTO person_keys (key, person_id) VALUES (?1, ?2)").Bind(1, key).Bind(2, person.Value).Execute();
    }

    public void AddNameVariant(PersonId person, string name)
    {
        Raw("INSERT OR IGNORE INTO name_variants (person_id, name) VALUES (?1, ?2)").Bind(1, person.Value).Bind(2, name).Execute();
    }

    public InstitutionId GetOrCreateInstitution(string name, string key, string? countryCode)
    {
        var select = Command("SELECT id, country_code FROM institutions WHERE name_key = $key", "$key");
        select.Parameters[0].Value = key;
        using (var reader = select.ExecuteReader())
        {
            if (reader.Read())
            {
                var id = reader.GetInt64(0);
                if (reader.IsDBNull(1) && countryCode is not null)
                {
                    reader.Close();
                    var fill = Command("UPDATE institutions SET country_code = $country WHERE id = $id", "$country", "$id");
                    fill.Parameters[0].Value = countryCode;
                    fill.Parameters[1].Value = id;
                    fill.ExecuteNonQuery();
                }

                return new InstitutionId(id);
            }
        }

        var insert = Command("INSERT INTO institutions (name, name_key, country_code) VALUES ($name, $key, $country) RETURNING id", "$name", "$key", "$country");
        insert.Parameters[0].Value = name;
        insert.Parameters[1].Value = key;
        insert.Parameters[2].Value = (object?)countryCode ?? DBNull.Value;
        return new InstitutionId((long)insert.ExecuteScalar()!);
    }

    public void Quarantine(QuarantineEntry entry)
    {
        var upsert = Command("""
            INSERT INTO quarantine (file_path, record_number, line, byte_offset, reason, raw_text)
            VALUES ($file, $record, $line, $offset, $reason, $raw)
            ON CONFLICT (file_path, record_number) DO UPDATE SET
                line = excluded.line, byte_offset = excluded.byte_offset, reason = excluded.reason, raw_text = excluded.raw_text
            """, "$file", "$record", "$line", "$offset", "$reason", "$raw");
        var p = upsert.Parameters;
        p[0].Value = entry.FilePath;
        p[1].Value = entry.RecordNumber;
        p[2].Value = (object?)entry.Line ?? DBNull.Value;
        p[3].Value = (object?)entry.ByteOffset ?? DBNull.Value;
        p[4].Value = entry.Reason;
        p[5].Value = entry.RawText;
        upsert.ExecuteNonQuery();
    }

    public void ClearQuarantine(string filePath)
    {
        var delete = Command("DELETE FROM quarantine WHERE file_path = $file", "$file");
        delete.Parameters[0].Value = filePath;
        delete.ExecuteNonQuery();
    }

    public void SetFileCheckpoint(FileCheckpoint checkpoint)
    {
        var upsert = Command("""
            INSERT INTO ingestion_files (path, content_hash, size, format, status, committed_records)
            VALUES ($path, $hash, $size, $format, $status, $committed)
            ON CONFLICT (path) DO UPDATE SET content_hash = excluded.content_hash, size = excluded.size,
                format = excluded.format, status = excluded.status, committed_records = excluded.committed_records
            """, "$path", "$hash", "$size", "$format", "$status", "$committed");
        var p = upsert.Parameters;
        p[0].Value = checkpoint.Path;
        p[1].Value = checkpoint.ContentHash;
        p[2].Value = checkpoint.Size;
        p[3].Value = checkpoint.Format;
        p[4].Value = (int)checkpoint.Status;
        p[5].Value = checkpoint.CommittedRecords;
        upsert.ExecuteNonQuery();
    }
}
