import GRDB

/// The ledger's schema, one migration a version. Migrations are only ever added, never
/// edited, so a ledger written by any earlier version opens in a later one.
enum LedgerSchema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: """
                CREATE TABLE runs (
                    id TEXT PRIMARY KEY,
                    started TEXT NOT NULL,
                    finished TEXT,
                    status TEXT NOT NULL,            -- running | completed | interrupted
                    config_sha256 TEXT,
                    manifest_sha256 TEXT
                );
                CREATE TABLE files (
                    sha256 TEXT PRIMARY KEY,
                    size INTEGER NOT NULL,
                    format TEXT,
                    encoding TEXT,
                    confidence REAL,
                    status TEXT NOT NULL,            -- ingested | rejected
                    reason TEXT,
                    first_path TEXT NOT NULL,
                    first_run TEXT NOT NULL,
                    last_run TEXT NOT NULL,
                    metadata TEXT                    -- JSON: what the file says about itself
                );
                CREATE TABLE paths (
                    path TEXT NOT NULL,
                    sha256 TEXT NOT NULL,
                    size INTEGER NOT NULL,
                    mtime_ns INTEGER NOT NULL,
                    first_run TEXT NOT NULL,
                    last_run TEXT NOT NULL,
                    present INTEGER NOT NULL,
                    PRIMARY KEY (path, sha256)
                );
                CREATE INDEX paths_by_sha ON paths(sha256);
                CREATE TABLE comments (
                    id TEXT PRIMARY KEY,
                    file_sha256 TEXT NOT NULL REFERENCES files(sha256),
                    line INTEGER NOT NULL,
                    row INTEGER,
                    record INTEGER,
                    draft TEXT NOT NULL,
                    round INTEGER,
                    source_id TEXT NOT NULL,
                    source_kind TEXT NOT NULL,
                    source_name TEXT NOT NULL,
                    section TEXT,
                    section_basis TEXT NOT NULL,
                    original_text TEXT NOT NULL,     -- as it stood in the file: personal data
                    text TEXT NOT NULL,              -- normalised, masked
                    matching_key TEXT NOT NULL,
                    general INTEGER NOT NULL,
                    external_id TEXT,
                    author TEXT, address TEXT, phone TEXT, email TEXT,
                    received TEXT,
                    raw TEXT NOT NULL,               -- JSON of the reader's record, to re-assemble
                    ingested_run TEXT NOT NULL,
                    superseded_run TEXT
                );
                CREATE INDEX comments_active ON comments(superseded_run, draft);
                CREATE INDEX comments_by_file ON comments(file_sha256);
                CREATE TABLE rejections (
                    file_sha256 TEXT NOT NULL,
                    path TEXT NOT NULL,
                    scope TEXT NOT NULL,
                    line INTEGER, row INTEGER, record INTEGER,
                    reason TEXT NOT NULL,
                    run TEXT NOT NULL
                );
                CREATE INDEX rejections_by_file ON rejections(file_sha256);
                CREATE TABLE assignments (
                    comment_id TEXT PRIMARY KEY,
                    cluster TEXT NOT NULL,
                    point TEXT,
                    campaign TEXT,
                    run TEXT NOT NULL
                );
                CREATE INDEX assignments_by_point ON assignments(point);
                CREATE TABLE points (
                    id TEXT PRIMARY KEY,
                    draft TEXT NOT NULL,
                    section TEXT,
                    cluster TEXT NOT NULL,
                    campaign TEXT,
                    text TEXT NOT NULL,
                    submissions INTEGER NOT NULL,
                    run TEXT NOT NULL
                );
                CREATE TABLE events (
                    seq INTEGER PRIMARY KEY AUTOINCREMENT,
                    run TEXT NOT NULL,
                    kind TEXT NOT NULL,
                    subject TEXT NOT NULL,
                    detail TEXT NOT NULL
                );
                CREATE INDEX events_by_subject ON events(subject);
                -- The event log is append-only.
                CREATE TRIGGER events_no_update BEFORE UPDATE ON events BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;
                CREATE TRIGGER events_no_delete BEFORE DELETE ON events BEGIN SELECT RAISE(ABORT, 'the event log is append-only'); END;
                """)
        }
        migrator.registerMigration("v2-section-score") { db in
            // The inference's score of a section inferred from the content.
            try db.execute(sql: "ALTER TABLE comments ADD COLUMN section_score REAL")
        }
        return migrator
    }
}
