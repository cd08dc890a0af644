import Foundation
import GopyModel
import GRDB

extension Ledger {
    /// Sets a night's new comments aside, with the events of their reading, until
    /// ``commit(_:)`` writes them to the ledger in its one transaction.
    ///
    /// A night can then hand over each file's comments as soon as the file is read instead of
    /// keeping them all (and the readers' records) in memory until the commit. They wait on
    /// disk in a scratch database beside the ledger (``stagingPath``), not in the ledger:
    /// until the commit, nothing of the night is in the ledger, and a scratch file left by a
    /// run that died is thrown away by the next one. The staged events come before the
    /// night's own ``NightChanges/events`` in the log.
    public func stage(comments: [StoredComment], events: [LedgerEvent], run: String) throws(LedgerError) {
        guard !comments.isEmpty || !events.isEmpty else { return }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let stagingPath = stagingPath
        try guarded {
            try db.writeWithoutTransaction { db in
                try Self.attachStaging(db, path: stagingPath)
                try db.inTransaction {
                    let insertComment = try db.makeStatement(sql: """
                        INSERT INTO staging.comments (id, file_sha256, line, row, record, draft, round, source_id, source_kind,
                            source_name, section, section_basis, original_text, text, matching_key, general, external_id,
                            author, address, phone, email, received, raw, section_score)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """)
                    for stored in comments {
                        try insertComment.execute(arguments: try Self.commentArguments(stored, encoder: encoder))
                    }
                    let insertEvent = try db.makeStatement(sql: "INSERT INTO staging.events (run, kind, subject, detail) VALUES (?, ?, ?, ?)")
                    for e in events {
                        try insertEvent.execute(arguments: [run, e.kind.rawValue, e.subject, e.detail])
                    }
                    return .commit
                }
            }
        }
    }

    /// The scratch database of ``stage(comments:events:run:)``: beside the ledger, removed by
    /// the commit.
    public var stagingPath: String { path + "-staging" }

    /// Throws away what a run that died left staged (nothing of it is in the ledger). For the
    /// batch, which holds the run lock, to call before it stages anything: another reader of
    /// the ledger must not, as a running night's staging would go with it.
    public func discardStaging() throws(LedgerError) {
        let stagingPath = stagingPath
        try guarded {
            try db.writeWithoutTransaction { try Self.dropStaging($0, path: stagingPath) }
        }
    }

    /// How many comments wait to be committed.
    public func stagedCommentCount() throws(LedgerError) -> Int {
        try guarded {
            try db.read { db in
                guard try Self.isStagingAttached(db) else { return 0 }
                return try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM staging.comments") ?? 0
            }
        }
    }

    static func isStagingAttached(_ db: Database) throws -> Bool {
        try Row.fetchAll(db, sql: "PRAGMA database_list").contains { ($0["name"] as String?) == "staging" }
    }

    /// Attaches a fresh scratch database, throwing away one a dead run may have left.
    static func attachStaging(_ db: Database, path: String) throws {
        guard try !isStagingAttached(db) else { return }
        try removeStagingFiles(path)
        try db.execute(sql: "ATTACH DATABASE ? AS staging", arguments: [path])
        // Scratch: no journal, no fsync; a crash leaves a file the next run removes.
        try db.execute(sql: "PRAGMA staging.journal_mode = OFF")
        try db.execute(sql: "PRAGMA staging.synchronous = OFF")
        try db.execute(sql: """
            CREATE TABLE staging.comments (
                seq INTEGER PRIMARY KEY,
                id TEXT NOT NULL, file_sha256 TEXT NOT NULL, line INTEGER NOT NULL, row INTEGER, record INTEGER,
                draft TEXT NOT NULL, round INTEGER, source_id TEXT NOT NULL, source_kind TEXT NOT NULL,
                source_name TEXT NOT NULL, section TEXT, section_basis TEXT NOT NULL, original_text TEXT NOT NULL,
                text TEXT NOT NULL, matching_key TEXT NOT NULL, general INTEGER NOT NULL, external_id TEXT,
                author TEXT, address TEXT, phone TEXT, email TEXT, received TEXT, raw TEXT NOT NULL, section_score REAL
            );
            CREATE TABLE staging.events (
                seq INTEGER PRIMARY KEY, run TEXT NOT NULL, kind TEXT NOT NULL, subject TEXT NOT NULL, detail TEXT NOT NULL
            );
            """)
    }

    /// Moves the staged comments into `comments`; called inside the commit's transaction.
    static func commitStagedComments(_ db: Database, run: String) throws {
        guard try isStagingAttached(db) else { return }
        try db.execute(sql: """
            INSERT OR IGNORE INTO main.comments (id, file_sha256, line, row, record, draft, round, source_id, source_kind,
                source_name, section, section_basis, original_text, text, matching_key, general, external_id,
                author, address, phone, email, received, raw, section_score, ingested_run)
            SELECT id, file_sha256, line, row, record, draft, round, source_id, source_kind,
                source_name, section, section_basis, original_text, text, matching_key, general, external_id,
                author, address, phone, email, received, raw, section_score, ? FROM staging.comments ORDER BY seq
            """, arguments: [run])
    }

    /// Appends the staged events to the log; called inside the commit's transaction, before
    /// the night's own events.
    static func commitStagedEvents(_ db: Database) throws {
        guard try isStagingAttached(db) else { return }
        try db.execute(sql: "INSERT INTO main.events (run, kind, subject, detail) SELECT run, kind, subject, detail FROM staging.events ORDER BY seq")
    }

    /// Detaches the scratch database if it is attached and removes its files (once its rows
    /// are in the ledger, or when they are to be thrown away).
    static func dropStaging(_ db: Database, path: String) throws {
        if try isStagingAttached(db) { try db.execute(sql: "DETACH DATABASE staging") }
        try removeStagingFiles(path)
    }

    /// Removes the scratch database's files, where there are any.
    static func removeStagingFiles(_ path: String) throws {
        for file in [path, path + "-journal"] where FileManager.default.fileExists(atPath: file) {
            try FileManager.default.removeItem(atPath: file)
        }
    }

    /// The values of a comment's row, from `id` to `raw` and `section_score`, in the order of
    /// the columns.
    static func commentArguments(_ stored: StoredComment, encoder: JSONEncoder) throws -> StatementArguments {
        let c = stored.comment
        let raw = String(decoding: try encoder.encode(stored.raw), as: UTF8.self)
        var arguments: StatementArguments = [c.id, c.provenance.sha256, c.provenance.locator.line, c.provenance.locator.row, c.provenance.locator.record, c.draft, c.round, c.source.id, c.source.kind.rawValue, c.source.name, c.section, c.sectionBasis.rawValue]
        arguments += [c.originalText, c.text, c.matchingKey, c.general ? 1 : 0, c.externalID, c.personal.author, c.personal.address, c.personal.phone, c.personal.email, c.received, raw, c.sectionScore]
        return arguments
    }
}
