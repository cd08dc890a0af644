/// A file or a record that was not ingested, with where and why. Written to `outbox/rejected.json`.
public struct Rejection: Codable, Sendable, Hashable, Comparable {
    /// The file's path relative to `inbox/`.
    public var file: String
    /// Hex SHA-256 of the file's bytes, when the file could be read.
    public var sha256: String?
    /// `file` when the whole file was rejected, `record` when one record was, `warning`
    /// when the file was ingested but something in it needs a person's look.
    public var scope: Scope
    /// Where in the file, when the problem is at one place.
    public var line: Int?
    public var row: Int?
    public var record: Int?
    /// Why, in plain words (English, for the editorial team's log).
    public var reason: String

    public enum Scope: String, Codable, Sendable, Hashable, Comparable {
        case file, record, warning
        public static func < (lhs: Scope, rhs: Scope) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    public init(file: String, sha256: String? = nil, scope: Scope, line: Int? = nil, row: Int? = nil, record: Int? = nil, reason: String) {
        self.file = file
        self.sha256 = sha256
        self.scope = scope
        self.line = line
        self.row = row
        self.record = record
        self.reason = reason
    }

    public static func < (lhs: Rejection, rhs: Rejection) -> Bool {
        (lhs.file, lhs.line ?? 0, lhs.row ?? 0, lhs.record ?? 0, lhs.scope, lhs.reason)
            < (rhs.file, rhs.line ?? 0, rhs.row ?? 0, rhs.record ?? 0, rhs.scope, rhs.reason)
    }
}

/// A problem with one record of a file, found by a format reader. The pipeline turns it into
/// a ``Rejection`` once it knows the file's path and hash.
public struct RecordProblem: Sendable, Hashable, Error {
    public var line: Int?
    public var row: Int?
    public var record: Int?
    public var reason: String
    /// True when the record was still ingested and this is only a warning.
    public var isWarning: Bool

    public init(line: Int? = nil, row: Int? = nil, record: Int? = nil, reason: String, isWarning: Bool = false) {
        self.line = line
        self.row = row
        self.record = record
        self.reason = reason
        self.isWarning = isWarning
    }
}

/// A reason a whole file cannot be ingested, with where in the file when known.
public struct FileProblem: Error, Sendable, Hashable {
    public var line: Int?
    public var reason: String

    public init(line: Int? = nil, reason: String) {
        self.line = line
        self.reason = reason
    }
}
