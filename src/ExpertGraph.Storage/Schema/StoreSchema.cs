namespace ExpertGraph.Storage.Schema;

/// <summary>
/// The store's tables, one text for both databases: <see cref="SqlDialect"/> fills in the few words that differ (integer
/// and real types, generated ids, WITHOUT ROWID); a migration marked <see cref="Migration.OnlyFor"/> one database is
/// the exception (schema 18: SQLite's work tags). Every person-keyed table can be distributed by person id (Citus; see
/// docs/storage.md). Foreign keys are documented here, not declared: the writer keeps them, and declared keys would
/// cost every bulk insert a lookup.
/// works(id) ← work_identifiers.work_id, authorships.work_id; persons(id) ← person_keys, name_variants, authorships;
/// institutions(id) ← persons.institution_id, authorships.institution_id; curation_log(id) ← mention_pins, person_redirects,
/// person_separations, curation_persons (log_id); person_redirects.log_id 0 is no curator decision but a re-resolution
/// (a person left without mentions retired into its successor), and has no curation_log row. shortlists(name) ←
/// shortlist_entries.shortlist; persons(id) ← shortlist_entries.person_id (a merged-away person is read as its successor).
/// </summary>
internal static class StoreSchema
{
    /// <summary>Migrations in order: a store at version v gets every migration above v applied, each in its transaction.</summary>
    public static readonly IReadOnlyList<Migration> Migrations =
    [
        new(2, "tables of the first release", """
        
        CREATE TABLE IF NOT EXISTS works (
            id {id:works},
            source TEXT NOT NULL,
            source_id TEXT NOT NULL,
            kind {int} NOT NULL,
            title TEXT NOT NULL,
            abstract TEXT,
            year {int},
            venue TEXT,
            language TEXT,
            keywords TEXT,
            classifications TEXT,
            organizations TEXT,
            funding_amount {real},
            funding_currency TEXT,
            citation_count {int},
            content_hash TEXT NOT NULL,
            UNIQUE (source, source_id));

        CREATE TABLE IF NOT EXISTS work_identifiers (
            scheme {int} NOT NULL,
            value TEXT NOT NULL,
            work_id {int} NOT NULL,
            PRIMARY KEY (scheme, value, work_id)){norowid};
        CREATE INDEX IF NOT EXISTS ix_work_identifiers_work ON work_identifiers(work_id);

        CREATE TABLE IF NOT EXISTS institutions (
            id {id:institutions},
            name TEXT NOT NULL,
            name_key TEXT NOT NULL UNIQUE,
            country_code TEXT);

        CREATE TABLE IF NOT EXISTS persons (
            id {id:persons},
            display_name TEXT NOT NULL,
            family_name TEXT NOT NULL,
            given_name TEXT NOT NULL,
            name_key TEXT NOT NULL,
            orcid TEXT,
            institution_id {int},
            country_code TEXT);
        CREATE INDEX IF NOT EXISTS ix_persons_name_key ON persons(name_key);

        CREATE TABLE IF NOT EXISTS person_keys (
            key TEXT PRIMARY KEY,
            person_id {int} NOT NULL){norowid};

        CREATE TABLE IF NOT EXISTS name_variants (
            person_id {int} NOT NULL,
            name TEXT NOT NULL,
            PRIMARY KEY (person_id, name)){norowid};

        CREATE TABLE IF NOT EXISTS authorships (
            work_id {int} NOT NULL,
            position {int} NOT NULL,
            person_id {int} NOT NULL,
            raw_name TEXT NOT NULL,
            role {int} NOT NULL,
            institution_id {int},
            affiliation TEXT,
            email TEXT,
            orcid TEXT,
            PRIMARY KEY (work_id, position)){norowid};
        CREATE INDEX IF NOT EXISTS ix_authorships_person ON authorships(person_id, work_id);

        CREATE TABLE IF NOT EXISTS collaborations (
            person_a {int} NOT NULL,
            person_b {int} NOT NULL,
            kind {int} NOT NULL,
            work_count {int} NOT NULL,
            first_year {int},
            last_year {int},
            example_work_id {int} NOT NULL,
            PRIMARY KEY (person_a, person_b, kind)){norowid};

        CREATE TABLE IF NOT EXISTS person_stats (
            person_id {int} PRIMARY KEY,
            work_count {int} NOT NULL,
            paper_count {int} NOT NULL,
            patent_count {int} NOT NULL,
            project_count {int} NOT NULL,
            citation_count {int} NOT NULL,
            h_index {int} NOT NULL,
            first_year {int},
            last_year {int});

        CREATE TABLE IF NOT EXISTS ingestion_files (
            path TEXT PRIMARY KEY,
            content_hash TEXT NOT NULL,
            size {int} NOT NULL,
            format TEXT NOT NULL,
            status {int} NOT NULL);

        CREATE TABLE IF NOT EXISTS quarantine (
            file_path TEXT NOT NULL,
            record_number {int} NOT NULL,
            line {int},
            byte_offset {int},
            reason TEXT NOT NULL,
            raw_text TEXT NOT NULL,
            PRIMARY KEY (file_path, record_number)){norowid};

        CREATE TABLE IF NOT EXISTS ingestion_runs (
            id {id:ingestion_runs},
            started_at TEXT NOT NULL,
            finished_at TEXT NOT NULL,
            files {int} NOT NULL,
            records_read {int} NOT NULL,
            inserted {int} NOT NULL,
            updated {int} NOT NULL,
            unchanged {int} NOT NULL,
            quarantined {int} NOT NULL,
            skipped {int} NOT NULL);

        CREATE TABLE IF NOT EXISTS store_flags (
            name TEXT PRIMARY KEY,
            value {int} NOT NULL){norowid};
        """),
        // The index's country filter must be rebuildable from the store alone (rebuild-index). Works stored before this
        // version lose their content hash, so the next ingest --force of their files stores their countries.
        new(3, "country codes of works", """

        ALTER TABLE works ADD COLUMN country_codes TEXT;
        UPDATE works SET content_hash = '';
        """),
        // Derived like collaborations: where each person worked and when, what colleague edges are made of. Filled by the
        // next rebuild of the derived tables (the flag, set when there are works, makes the next ingest run one).
        new(4, "person institution spans", """

        CREATE TABLE IF NOT EXISTS person_institutions (
            institution_id {int} NOT NULL,
            person_id {int} NOT NULL,
            first_year {int},
            last_year {int},
            work_count {int} NOT NULL,
            PRIMARY KEY (institution_id, person_id)){norowid};
        INSERT INTO store_flags (name, value) SELECT 'derived_stale', 1 WHERE EXISTS (SELECT 1 FROM works)
            ON CONFLICT (name) DO UPDATE SET value = 1;
        """),
        // Lexicon tags: what each work is about (written with the work) and, derived, what each person works on. The
        // concepts table is the lexicon the tags were made with, so SQL users can join labels and levels.
        new(5, "concept tables", """

        CREATE TABLE IF NOT EXISTS concepts (
            id TEXT PRIMARY KEY,
            level {int} NOT NULL,
            parents TEXT NOT NULL,
            label_zh TEXT NOT NULL,
            label_en TEXT NOT NULL){norowid};

        CREATE TABLE IF NOT EXISTS work_concepts (
            work_id {int} NOT NULL,
            concept_id TEXT NOT NULL,
            weight {real} NOT NULL,
            matched {int} NOT NULL,
            PRIMARY KEY (work_id, concept_id)){norowid};
        CREATE INDEX IF NOT EXISTS ix_work_concepts_concept ON work_concepts(concept_id, work_id);

        CREATE TABLE IF NOT EXISTS person_concepts (
            person_id {int} NOT NULL,
            concept_id TEXT NOT NULL,
            weight {real} NOT NULL,
            work_count {int} NOT NULL,
            PRIMARY KEY (person_id, concept_id)){norowid};
        CREATE INDEX IF NOT EXISTS ix_person_concepts_concept ON person_concepts(concept_id, weight);
        """),
        // Curator overrides (docs/curation.md): logged decisions, and what later runs must honour. Pins and redirects win over
        // the resolver; separations are what it must never join. curation_persons indexes the log by the persons it names.
        new(6, "curation", """

        CREATE TABLE IF NOT EXISTS curation_log (
            id {id:curation_log},
            at TEXT NOT NULL,
            curator TEXT NOT NULL,
            action TEXT NOT NULL,
            reason TEXT NOT NULL,
            detail TEXT);

        CREATE TABLE IF NOT EXISTS curation_persons (
            person_id {int} NOT NULL,
            log_id {int} NOT NULL,
            PRIMARY KEY (person_id, log_id)){norowid};

        CREATE TABLE IF NOT EXISTS mention_pins (
            work_id {int} NOT NULL,
            position {int} NOT NULL,
            person_id {int} NOT NULL,
            log_id {int} NOT NULL,
            PRIMARY KEY (work_id, position)){norowid};
        CREATE INDEX IF NOT EXISTS ix_mention_pins_person ON mention_pins(person_id);

        CREATE TABLE IF NOT EXISTS person_redirects (
            from_person {int} PRIMARY KEY,
            to_person {int} NOT NULL,
            log_id {int} NOT NULL){norowid};
        CREATE INDEX IF NOT EXISTS ix_person_redirects_to ON person_redirects(to_person);

        CREATE TABLE IF NOT EXISTS person_separations (
            person_a {int} NOT NULL,
            person_b {int} NOT NULL,
            log_id {int} NOT NULL,
            PRIMARY KEY (person_a, person_b),
            CHECK (person_a < person_b)){norowid};
        CREATE INDEX IF NOT EXISTS ix_person_separations_b ON person_separations(person_b);
        """),
        // The author resolver compares a mention with every stored mention of its name block ("zhang|w"): the block key is
        // stored with the authorship so one indexed read loads a block, and the source's author id with it, since the
        // resolver compares that too. Rows stored before keep NULL until the workspace back-fills them (Workspace.IngestAsync),
        // in chunks read through the partial index of unkeyed rows (empty once back-filled), so no chunk rescans the keyed ones.
        new(7, "mention blocks", """

        ALTER TABLE authorships ADD COLUMN block_key TEXT;
        ALTER TABLE authorships ADD COLUMN source_author_id TEXT;
        CREATE INDEX IF NOT EXISTS ix_authorships_block ON authorships(block_key);
        CREATE INDEX IF NOT EXISTS ix_authorships_unblocked ON authorships(work_id, position) WHERE block_key IS NULL;
        """),
        // What a batch re-resolution learned of each person: how sure it is that the person's mentions are one person, and
        // flags (a JSON array of short texts) naming what a curator should look at; NULL until first resolved, '[]' when
        // nothing was flagged. Curators' work list reads the flagged few, lowest confidence first, through the partial index.
        // Re-resolution also retires persons into a successor: their person_redirects rows carry log_id 0 (no decision).
        new(8, "person resolution", """

        ALTER TABLE persons ADD COLUMN resolution_confidence {real};
        ALTER TABLE persons ADD COLUMN resolution_flags TEXT;
        CREATE INDEX IF NOT EXISTS ix_persons_flagged ON persons(resolution_confidence, id) WHERE resolution_flags <> '[]';
        """),
        // How far a started file's writes are committed, written in each batch's transaction: a rerun after an interruption
        // replays the file from its start and must not write again, over a later version, a record already written once.
        new(9, "committed records per file", """

        ALTER TABLE ingestion_files ADD COLUMN committed_records {int} NOT NULL DEFAULT 0;
        """),
        // The mention as the model resolver compares it (MentionProfileCodec), written with the authorship: loading a name
        // block then reads the block's own rows, not their works and every co-author, and profiles nothing. NULL for rows
        // written before, or by the exact-key resolver: the resolver reads those blocks from their works, as before.
        new(10, "stored mention profiles", """

        ALTER TABLE authorships ADD COLUMN profile {blob};
        """),
        // Profile pages (faculty pages, homepages) are evidence about persons, kept beside the works they never change:
        // what the page states as JSON (ProfilePage), keyed by its canonical URL or file; the person it matched, with the
        // score and reasons (JSON array), NULL person when none did. Re-resolution keeps ids stable, so matches stay.
        new(11, "profile pages", """

        CREATE TABLE IF NOT EXISTS profile_pages (
            page_key TEXT PRIMARY KEY,
            content_hash TEXT NOT NULL,
            read_at TEXT NOT NULL,
            page TEXT NOT NULL,
            person_id {int},
            match_score {real} NOT NULL DEFAULT 0,
            match_reasons TEXT NOT NULL DEFAULT '[]'){norowid};
        CREATE INDEX IF NOT EXISTS ix_profile_pages_person ON profile_pages(person_id);
        """),
        // Who may use the HTTP API, and what they did with it. A key is stored only as the SHA-256 hash of the whole key
        // (hex), with its short visible prefix to name it; revoking keeps the row (the audit log names it). The audit log
        // is append-only: key id, name and role are copied into each row, so a row still says who after a revocation.
        new(12, "api keys and audit log", """

        CREATE TABLE IF NOT EXISTS api_keys (
            id {id:api_keys},
            name TEXT NOT NULL,
            role TEXT NOT NULL,
            prefix TEXT NOT NULL,
            key_hash TEXT NOT NULL UNIQUE,
            created_at TEXT NOT NULL,
            revoked_at TEXT);

        CREATE TABLE IF NOT EXISTS audit_log (
            id {id:audit_log},
            at TEXT NOT NULL,
            key_id {int} NOT NULL,
            key_name TEXT NOT NULL,
            role TEXT NOT NULL,
            action TEXT NOT NULL,
            target TEXT NOT NULL,
            persons {int} NOT NULL);
        CREATE INDEX IF NOT EXISTS ix_audit_log_key ON audit_log(key_id, id);
        CREATE INDEX IF NOT EXISTS ix_audit_log_action ON audit_log(action, id);
        """),
        // Named lists of persons an analyst keeps for a lab or a position (docs/exports.md), in list order, a note per entry.
        new(13, "shortlists", """

        CREATE TABLE IF NOT EXISTS shortlists (
            name TEXT PRIMARY KEY,
            note TEXT,
            created_at TEXT NOT NULL){norowid};

        CREATE TABLE IF NOT EXISTS shortlist_entries (
            shortlist TEXT NOT NULL,
            person_id {int} NOT NULL,
            position {int} NOT NULL,
            note TEXT,
            added_at TEXT NOT NULL,
            PRIMARY KEY (shortlist, person_id)){norowid};
        """),
        // Nothing reads work concepts by concept (Lucene answers "works of a concept"; profiles read them by work), and the
        // index cost a random insert per tag: 31 per work, the largest single cost of storing a work (benchmarks/RESULTS.md).
        new(14, "no concept index on work concepts", """

        DROP INDEX IF EXISTS ix_work_concepts_concept;
        """),
        // Persons whose expert document (names, institutions, country) is older than their rows: written in the transaction
        // that changes their authorships, removed once the index has committed their new documents. An ingest writes each
        // person's document once, at its end, instead of at every file that names the person; a run killed before that
        // leaves the rows here, and the next run writes the documents.
        new(15, "experts awaiting their index document", """

        CREATE TABLE IF NOT EXISTS stale_experts (
            person_id {int} PRIMARY KEY){norowid};
        """),
        // A person's institutions (its expert document, its profile) are read through the person index: with the
        // institution in the index that read never leaves it. Without it, each of a person's authorships was a random
        // read of the authorships table: the expert documents of a 1M-work ingest took minutes (benchmarks/RESULTS.md).
        new(16, "institutions in the person index of authorships", """

        DROP INDEX IF EXISTS ix_authorships_person;
        CREATE INDEX IF NOT EXISTS ix_authorships_person_institution ON authorships(person_id, work_id, institution_id);
        """),
        // As schema 14 for works' tags: nothing reads persons' concepts by concept (search finds a concept's experts through
        // the index), and every rebuild of the derived tables made this index again: a sort of every profile row, the
        // longest single step of the embedded rebuild (10-16 s of 6.5M rows at 300K works, benchmarks/RESULTS.md).
        new(17, "no concept index on person concepts", """

        DROP INDEX IF EXISTS ix_person_concepts_concept;
        """),
        // The embedded store keeps a work's tags in one row, a JSON text (WorkTagsJson): a row per tag, 31 per work, was
        // a quarter of the embedded writer's time and the largest table (benchmarks/RESULTS.md). SQL reads the tags one per
        // row through json_each. PostgreSQL keeps its rows: COPY loads them in bulk, and its profiles are SQL.
        new(18, "work tags in one row per work (SQLite)", """

        CREATE TABLE IF NOT EXISTS work_tags (
            work_id INTEGER PRIMARY KEY,
            tags TEXT NOT NULL);
        INSERT INTO work_tags (work_id, tags)
            SELECT work_id, json_group_array(json_array(concept_id, weight, matched))
            FROM (SELECT work_id, concept_id, weight, matched FROM work_concepts ORDER BY work_id, concept_id)
            GROUP BY work_id;
        DROP TABLE work_concepts;
        """) { OnlyFor = SqlDialect.Sqlite },
    ];

    public static int Version => Migrations[^1].Version;
}

/// <summary>One schema step: the DDL (a dialect template) that takes a store from the previous version to <see cref="Version"/>.</summary>
internal sealed record Migration(int Version, string Description, string Template)
{
    /// <summary>The one dialect the DDL is for; the others only record the version.</summary>
    public SqlDialect? OnlyFor { get; init; }
}
