import Foundation
import GopyModel
import GRDB

/// The SQLite ledger (through GRDB). Safe to share between threads: GRDB's `DatabaseQueue`
/// serialises access.
public final class Ledger: Sendable {
    public let path: String
    let db: DatabaseQueue

    /// Opens the ledger at `path`, creating it and its folder when missing, and migrates its
    /// schema to the current version.
    public init(path: String) throws(LedgerError) {
        self.path = path
        do {
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            var configuration = Configuration()
            configuration.busyMode = .timeout(10)
            db = try DatabaseQueue(path: path, configuration: configuration)
            try LedgerSchema.migrator.migrate(db)
        } catch {
            throw LedgerError(path: path, message: "\(error)")
        }
    }

    /// Runs `body` and turns any error into a ``LedgerError`` naming the ledger.
    func guarded<T>(_ body: () throws -> T) throws(LedgerError) -> T {
        do { return try body() } catch let error as LedgerError { throw error } catch {
            throw LedgerError(path: path, message: "\(error)")
        }
    }

    // MARK: Runs

    /// Records a run as started. Runs left `running` by a process that died are marked
    /// `interrupted` first.
    public func beginRun(id: String, started: String, configSHA256: String) throws(LedgerError) {
        try guarded {
            try db.write { db in
                try db.execute(sql: "UPDATE runs SET status = 'interrupted' WHERE status = 'running'")
                try db.execute(sql: "INSERT INTO runs (id, started, status, config_sha256) VALUES (?, ?, 'running', ?)", arguments: [id, started, configSHA256])
            }
        }
    }

    /// Records a run as completed, once its outbox is in place.
    public func finishRun(id: String, finished: String, manifestSHA256: String) throws(LedgerError) {
        try guarded {
            try db.write { db in
                try db.execute(sql: "UPDATE runs SET status = 'completed', finished = ?, manifest_sha256 = ? WHERE id = ?", arguments: [finished, manifestSHA256, id])
            }
        }
    }

    /// Every run, oldest first.
    public func runs() throws(LedgerError) -> [RunRecord] {
        try guarded {
            try db.read { db in
                try Row.fetchAll(db, sql: "SELECT * FROM runs ORDER BY started, id").map {
                    RunRecord(id: $0["id"], started: $0["started"], finished: $0["finished"], status: RunRecord.Status(rawValue: $0["status"]) ?? .interrupted, configSHA256: $0["config_sha256"], manifestSHA256: $0["manifest_sha256"])
                }
            }
        }
    }

    /// Whether a run id is already taken.
    public func hasRun(id: String) throws(LedgerError) -> Bool {
        try guarded { try db.read { try Bool.fetchOne($0, sql: "SELECT EXISTS(SELECT 1 FROM runs WHERE id = ?)", arguments: [id]) ?? false } }
    }

    // MARK: Files and paths

    /// The paths the inbox held at the last run, by path.
    public func presentPaths() throws(LedgerError) -> [String: PathSighting] {
        try guarded {
            try db.read { db in
                var result: [String: PathSighting] = [:]
                for row in try Row.fetchAll(db, sql: "SELECT path, sha256, size, mtime_ns FROM paths WHERE present = 1 ORDER BY path, last_run") {
                    let sighting = PathSighting(path: row["path"], sha256: row["sha256"], size: row["size"], mtimeNanoseconds: row["mtime_ns"])
                    result[sighting.path] = sighting
                }
                return result
            }
        }
    }

    /// The files the ledger knows among `sha256s`.
    public func files(_ sha256s: some Sequence<String>) throws(LedgerError) -> [String: LedgerFile] {
        try guarded {
            try db.read { db in
                var result: [String: LedgerFile] = [:]
                let statement = try db.makeStatement(sql: "SELECT * FROM files WHERE sha256 = ?")
                for sha in Set(sha256s) {
                    if let row = try Row.fetchOne(statement, arguments: [sha]) { result[sha] = Self.file(row) }
                }
                return result
            }
        }
    }

    /// One file by its SHA-256.
    public func file(sha256: String) throws(LedgerError) -> LedgerFile? {
        try files([sha256])[sha256]
    }

    /// Every path a file's bytes were seen at, and whether the inbox still holds it there.
    public func paths(sha256: String) throws(LedgerError) -> [(path: String, present: Bool, firstRun: String, lastRun: String)] {
        try guarded {
            try db.read { db in
                try Row.fetchAll(db, sql: "SELECT path, present, first_run, last_run FROM paths WHERE sha256 = ? ORDER BY first_run, path", arguments: [sha256]).map {
                    (path: $0["path"], present: ($0["present"] as Int) == 1, firstRun: $0["first_run"], lastRun: $0["last_run"])
                }
            }
        }
    }

    static func file(_ row: Row) -> LedgerFile {
        let metadata: FileMetadata? = (row["metadata"] as String?).flatMap { try? JSONDecoder().decode(FileMetadata.self, from: Data($0.utf8)) }
        return LedgerFile(
            sha256: row["sha256"], size: row["size"], format: row["format"], encoding: row["encoding"],
            confidence: row["confidence"], status: LedgerFile.Status(rawValue: row["status"]) ?? .rejected,
            reason: row["reason"], firstPath: row["first_path"], firstRun: row["first_run"], metadata: metadata
        )
    }

    // MARK: Comments

    /// Every comment that counts (not superseded), all drafts, in file and locator order.
    /// - Parameter withRecords: whether to decode the readers' records too (needed only to
    ///   re-assemble comments after a change of configuration; without them a night reads
    ///   the ledger several times faster).
    public func activeComments(withRecords: Bool = true) throws(LedgerError) -> [StoredComment] {
        try guarded {
            try db.read { db in
                let rows = try Row.fetchCursor(db, sql: """
                    SELECT c.*, f.first_path FROM comments c JOIN files f ON f.sha256 = c.file_sha256
                    WHERE c.superseded_run IS NULL
                    ORDER BY f.first_path, c.line, c.row, c.record
                    """)
                var result: [StoredComment] = []
                while let row = try rows.next() { result.append(Self.storedComment(row, withRecord: withRecords)) }
                return result
            }
        }
    }

    /// The ids of the comments that count from one file.
    public func activeCommentIDs(fileSHA256: String) throws(LedgerError) -> [String] {
        try guarded {
            try db.read { try String.fetchAll($0, sql: "SELECT id FROM comments WHERE file_sha256 = ? AND superseded_run IS NULL ORDER BY id", arguments: [fileSHA256]) }
        }
    }

    /// One comment, whether it counts or not, with the run that superseded it.
    public func comment(id: String) throws(LedgerError) -> (stored: StoredComment, supersededRun: String?)? {
        try guarded {
            try db.read { db in
                guard let row = try Row.fetchOne(db, sql: "SELECT c.*, f.first_path FROM comments c JOIN files f ON f.sha256 = c.file_sha256 WHERE c.id = ?", arguments: [id]) else { return nil }
                return (Self.storedComment(row), row["superseded_run"])
            }
        }
    }

    static func storedComment(_ row: Row) -> StoredComment { storedComment(row, withRecord: true) }

    static func storedComment(_ row: Row, withRecord: Bool) -> StoredComment {
        let locator = Locator(line: row["line"], row: row["row"], record: row["record"])
        let comment = Comment(
            id: row["id"],
            provenance: Provenance(file: row["first_path"], sha256: row["file_sha256"], locator: locator),
            source: SourceRef(id: row["source_id"], kind: SourceKind(rawValue: row["source_kind"]) ?? .citizen, name: row["source_name"]),
            draft: row["draft"], round: row["round"], section: row["section"],
            sectionBasis: SectionBasis(rawValue: row["section_basis"]) ?? .none,
            originalText: row["original_text"], text: row["text"], matchingKey: row["matching_key"],
            general: (row["general"] as Int) != 0, externalID: row["external_id"],
            personal: PersonalData(author: row["author"], address: row["address"], phone: row["phone"], email: row["email"]),
            received: row["received"], sectionScore: row["section_score"]
        )
        let raw = withRecord
            ? (try? JSONDecoder().decode(RawComment.self, from: Data((row["raw"] as String).utf8))) ?? RawComment(locator: locator, text: comment.originalText)
            : RawComment(locator: locator, text: comment.originalText)
        return StoredComment(comment: comment, raw: raw)
    }

    // MARK: Assignments, points, rejections, events

    /// The latest assignment of every comment.
    public func assignments() throws(LedgerError) -> [String: Assignment] {
        try guarded {
            try db.read { db in
                var result: [String: Assignment] = [:]
                for row in try Row.fetchAll(db, sql: "SELECT * FROM assignments") {
                    result[row["comment_id"]] = Assignment(commentID: row["comment_id"], cluster: row["cluster"], point: row["point"], campaign: row["campaign"])
                }
                return result
            }
        }
    }

    /// One point, as the last run left it.
    public func point(id: String) throws(LedgerError) -> StoredPoint? {
        try guarded {
            try db.read { db in
                try Row.fetchOne(db, sql: "SELECT * FROM points WHERE id = ?", arguments: [id]).map {
                    StoredPoint(id: $0["id"], draft: $0["draft"], section: $0["section"], cluster: $0["cluster"], campaign: $0["campaign"], text: $0["text"], submissions: $0["submissions"])
                }
            }
        }
    }

    /// The ids of a point's comments.
    public func commentIDs(point: String) throws(LedgerError) -> [String] {
        try guarded { try db.read { try String.fetchAll($0, sql: "SELECT comment_id FROM assignments WHERE point = ? ORDER BY comment_id", arguments: [point]) } }
    }

    /// The rejections of the files among `sha256s`, or of every file when nil.
    public func rejections(files sha256s: Set<String>? = nil) throws(LedgerError) -> [Rejection] {
        try guarded {
            try db.read { db in
                try Row.fetchAll(db, sql: "SELECT * FROM rejections").compactMap { row -> Rejection? in
                    let sha: String = row["file_sha256"]
                    if let sha256s, !sha256s.contains(sha) { return nil }
                    return Rejection(file: row["path"], sha256: sha, scope: Rejection.Scope(rawValue: row["scope"]) ?? .record, line: row["line"], row: row["row"], record: row["record"], reason: row["reason"])
                }
            }
        }
    }

    /// The events about one subject (a comment id, a file's SHA-256, a path), oldest first.
    public func events(subjects: [String]) throws(LedgerError) -> [LedgerEvent] {
        try guarded {
            try db.read { db in
                var result: [LedgerEvent] = []
                let statement = try db.makeStatement(sql: "SELECT * FROM events WHERE subject = ? ORDER BY seq")
                for subject in subjects {
                    result += try Row.fetchAll(statement, arguments: [subject]).map {
                        LedgerEvent(seq: $0["seq"], run: $0["run"], kind: LedgerEvent.Kind(rawValue: $0["kind"]) ?? .ingested, subject: $0["subject"], detail: $0["detail"])
                    }
                }
                return result.sorted { ($0.seq ?? 0) < ($1.seq ?? 0) }
            }
        }
    }

    // MARK: Status

    /// Counts for `gopy status`.
    public struct Counts: Sendable {
        public var files: [String: Int]
        public var comments: [String: [String: Int]]
        public var superseded: Int
        public var rejections: [String: Int]
        public var events: Int
    }

    public func counts() throws(LedgerError) -> Counts {
        try guarded {
            try db.read { db in
                var files: [String: Int] = [:]
                for row in try Row.fetchAll(db, sql: "SELECT status, COUNT(*) AS n FROM files GROUP BY status") { files[row["status"]] = row["n"] }
                var comments: [String: [String: Int]] = [:]
                for row in try Row.fetchAll(db, sql: "SELECT draft, source_kind, COUNT(*) AS n FROM comments WHERE superseded_run IS NULL GROUP BY draft, source_kind") {
                    comments[row["draft"], default: [:]][row["source_kind"]] = row["n"]
                }
                let superseded = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM comments WHERE superseded_run IS NOT NULL") ?? 0
                var rejections: [String: Int] = [:]
                for row in try Row.fetchAll(db, sql: "SELECT scope, COUNT(*) AS n FROM rejections GROUP BY scope") { rejections[row["scope"]] = row["n"] }
                let events = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM events") ?? 0
                return Counts(files: files, comments: comments, superseded: superseded, rejections: rejections, events: events)
            }
        }
    }
}

extension Ledger {
    /// The SHA-256 of every file ingested (each has an archived copy).
    public func ingestedFileSHAs() throws(LedgerError) -> [String] {
        try guarded { try db.read { try String.fetchAll($0, sql: "SELECT sha256 FROM files WHERE status = 'ingested' ORDER BY sha256") } }
    }
}
