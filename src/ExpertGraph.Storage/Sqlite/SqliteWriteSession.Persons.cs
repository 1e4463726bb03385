using ExpertGraph.Core.Model;
using ExpertGraph.Core.Storage;

namespace ExpertGraph.Storage.Sqlite;

internal sealed partial class SqliteWriteSession
{
    public IReadOnlyDictionary<int, PersonId> GetAuthorshipPersons(WorkId work)
    {
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
        var delete = Command("DELETE FROM authorships WHERE work_id = $work", "$work");
        delete.Parameters[0].Value = work.Value;
        delete.ExecuteNonQuery();
        var insert = Command("""
            INSERT INTO authorships (work_id, position, person_id, raw_name, role, institution_id, affiliation, email, orcid)
            VALUES ($work, $position, $person, $raw_name, $role, $institution, $affiliation, $email, $orcid)
            """, "$work", "$position", "$person", "$raw_name", "$role", "$institution", "$affiliation", "$email", "$orcid");
        var p = insert.Parameters;
        foreach (var row in authorships)
        {
            p[0].Value = work.Value;
            p[1].Value = row.Position;
            p[2].Value = row.Person.Value;
            p[3].Value = row.RawName;
            p[4].Value = (int)row.Role;
            p[5].Value = row.Institution is { } institution ? institution.Value : DBNull.Value;
            p[6].Value = (object?)row.Affiliation ?? DBNull.Value;
            p[7].Value = (object?)row.Email ?? DBNull.Value;
            p[8].Value = (object?)row.Orcid ?? DBNull.Value;
            insert.ExecuteNonQuery();
        }
    }

    public PersonId? FindPersonByKey(string key)
    {
        var select = Command("SELECT person_id FROM person_keys WHERE key = $key", "$key");
        select.Parameters[0].Value = key;
        var value = select.ExecuteScalar();
        return value is long id ? new PersonId(id) : null;
    }

    public PersonId CreatePerson(NewPerson person)
    {
        var insert = Command("""
            INSERT INTO persons (display_name, family_name, given_name, name_key, orcid, institution_id, country_code)
            VALUES ($display, $family, $given, $key, $orcid, $institution, $country) RETURNING id
            """, "$display", "$family", "$given", "$key", "$orcid", "$institution", "$country");
        var p = insert.Parameters;
        p[0].Value = person.DisplayName;
        p[1].Value = person.Name.Family;
        p[2].Value = person.Name.Given;
        p[3].Value = person.NameKey;
        p[4].Value = (object?)person.Orcid ?? DBNull.Value;
        p[5].Value = person.Institution is { } institution ? institution.Value : DBNull.Value;
        p[6].Value = (object?)person.CountryCode ?? DBNull.Value;
        return new PersonId((long)insert.ExecuteScalar()!);
    }

    public void AddPersonKey(string key, PersonId person)
    {
        var insert = Command("INSERT OR IGNORE INTO person_keys (key, person_id) VALUES ($key, $person)", "$key", "$person");
        insert.Parameters[0].Value = key;
        insert.Parameters[1].Value = person.Value;
        insert.ExecuteNonQuery();
    }

    public void AddNameVariant(PersonId person, string name)
    {
        var insert = Command("INSERT OR IGNORE INTO name_variants (person_id, name) VALUES ($person, $name)", "$person", "$name");
        insert.Parameters[0].Value = person.Value;
        insert.Parameters[1].Value = name;
        insert.ExecuteNonQuery();
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

    public void SetFileCheckpoint(FileCheckpoint checkpoint)
    {
        var upsert = Command("""
            INSERT INTO ingestion_files (path, content_hash, size, format, status) VALUES ($path, $hash, $size, $format, $status)
            ON CONFLICT (path) DO UPDATE SET content_hash = excluded.content_hash, size = excluded.size,
                format = excluded.format, status = excluded.status
            """, "$path", "$hash", "$size", "$format", "$status");
        var p = upsert.Parameters;
        p[0].Value = checkpoint.Path;
        p[1].Value = checkpoint.ContentHash;
        p[2].Value = checkpoint.Size;
        p[3].Value = checkpoint.Format;
        p[4].Value = (int)checkpoint.Status;
        upsert.ExecuteNonQuery();
    }
}
