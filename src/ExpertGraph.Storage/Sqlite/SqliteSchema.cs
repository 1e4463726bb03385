namespace ExpertGraph.Storage.Sqlite;

/// <summary>
/// The store's tables. Plain SQL kept portable to PostgreSQL (and Citus: every person-keyed table can be distributed by
/// person id); SQLite specifics are limited to WITHOUT ROWID and the pragmas in <see cref="SqliteExpertStore"/>.
/// </summary>
internal static class SqliteSchema
{
    public const int Version = 2;

    public const string Create = """
        CREATE TABLE IF NOT EXISTS schema_info (version INTEGER NOT NULL);

        CREATE TABLE IF NOT EXISTS works (
            id INTEGER PRIMARY KEY,
            source TEXT NOT NULL,
            source_id TEXT NOT NULL,
            kind INTEGER NOT NULL,
            title TEXT NOT NULL,
            abstract TEXT,
            year INTEGER,
            venue TEXT,
            language TEXT,
            keywords TEXT,
            classifications TEXT,
            organizations TEXT,
            funding_amount REAL,
            funding_currency TEXT,
            citation_count INTEGER,
            content_hash TEXT NOT NULL,
            UNIQUE (source, source_id));

        CREATE TABLE IF NOT EXISTS work_identifiers (
            scheme INTEGER NOT NULL,
            value TEXT NOT NULL,
            work_id INTEGER NOT NULL REFERENCES works(id),
            PRIMARY KEY (scheme, value, work_id)) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS ix_work_identifiers_work ON work_identifiers(work_id);

        CREATE TABLE IF NOT EXISTS institutions (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            name_key TEXT NOT NULL UNIQUE,
            country_code TEXT);

        CREATE TABLE IF NOT EXISTS persons (
            id INTEGER PRIMARY KEY,
            display_name TEXT NOT NULL,
            family_name TEXT NOT NULL,
            given_name TEXT NOT NULL,
            name_key TEXT NOT NULL,
            orcid TEXT,
            institution_id INTEGER REFERENCES institutions(id),
            country_code TEXT);
        CREATE INDEX IF NOT EXISTS ix_persons_name_key ON persons(name_key);

        CREATE TABLE IF NOT EXISTS person_keys (
            key TEXT PRIMARY KEY,
            person_id INTEGER NOT NULL REFERENCES persons(id)) WITHOUT ROWID;

        CREATE TABLE IF NOT EXISTS name_variants (
            person_id INTEGER NOT NULL REFERENCES persons(id),
            name TEXT NOT NULL,
            PRIMARY KEY (person_id, name)) WITHOUT ROWID;

        CREATE TABLE IF NOT EXISTS authorships (
            work_id INTEGER NOT NULL REFERENCES works(id),
            position INTEGER NOT NULL,
            person_id INTEGER NOT NULL REFERENCES persons(id),
            raw_name TEXT NOT NULL,
            role INTEGER NOT NULL,
            institution_id INTEGER REFERENCES institutions(id),
            affiliation TEXT,
            email TEXT,
            orcid TEXT,
            PRIMARY KEY (work_id, position)) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS ix_authorships_person ON authorships(person_id, work_id);

        CREATE TABLE IF NOT EXISTS collaborations (
            person_a INTEGER NOT NULL,
            person_b INTEGER NOT NULL,
            kind INTEGER NOT NULL,
            work_count INTEGER NOT NULL,
            first_year INTEGER,
            last_year INTEGER,
            example_work_id INTEGER NOT NULL,
            PRIMARY KEY (person_a, person_b, kind)) WITHOUT ROWID;

        CREATE TABLE IF NOT EXISTS person_stats (
            person_id INTEGER PRIMARY KEY,
            work_count INTEGER NOT NULL,
            paper_count INTEGER NOT NULL,
            patent_count INTEGER NOT NULL,
            project_count INTEGER NOT NULL,
            citation_count INTEGER NOT NULL,
            h_index INTEGER NOT NULL,
            first_year INTEGER,
            last_year INTEGER);

        CREATE TABLE IF NOT EXISTS ingestion_files (
            path TEXT PRIMARY KEY,
            content_hash TEXT NOT NULL,
            size INTEGER NOT NULL,
            format TEXT NOT NULL,
            status INTEGER NOT NULL);

        CREATE TABLE IF NOT EXISTS quarantine (
            file_path TEXT NOT NULL,
            record_number INTEGER NOT NULL,
            line INTEGER,
            byte_offset INTEGER,
            reason TEXT NOT NULL,
            raw_text TEXT NOT NULL,
            PRIMARY KEY (file_path, record_number)) WITHOUT ROWID;

        CREATE TABLE IF NOT EXISTS ingestion_runs (
            id INTEGER PRIMARY KEY,
            started_at TEXT NOT NULL,
            finished_at TEXT NOT NULL,
            files INTEGER NOT NULL,
            records_read INTEGER NOT NULL,
            inserted INTEGER NOT NULL,
            updated INTEGER NOT NULL,
            unchanged INTEGER NOT NULL,
            quarantined INTEGER NOT NULL,
            skipped INTEGER NOT NULL);

        CREATE TABLE IF NOT EXISTS store_flags (
            name TEXT PRIMARY KEY,
            value INTEGER NOT NULL) WITHOUT ROWID;
        """;
}
