import GopyModel

/// A file the ledger knows, by its bytes.
public struct LedgerFile: Sendable, Hashable {
    public enum Status: String, Sendable, Hashable { case ingested, rejected }

    public var sha256: String
    public var size: Int
    public var format: String?
    public var encoding: String?
    public var confidence: Double?
    public var status: Status
    /// Why the file was rejected, when it was.
    public var reason: String?
    /// The path it was first seen at, relative to `inbox/`.
    public var firstPath: String
    public var firstRun: String
    public var metadata: FileMetadata?

    public init(sha256: String, size: Int, format: String?, encoding: String?, confidence: Double?, status: Status, reason: String? = nil, firstPath: String, firstRun: String, metadata: FileMetadata? = nil) {
        self.sha256 = sha256
        self.size = size
        self.format = format
        self.encoding = encoding
        self.confidence = confidence
        self.status = status
        self.reason = reason
        self.firstPath = firstPath
        self.firstRun = firstRun
        self.metadata = metadata
    }
}

/// Where a file was seen in the inbox, with what `stat` said then: a later night that finds
/// the same size and modification time need not hash the file again.
public struct PathSighting: Sendable, Hashable {
    public var path: String
    public var sha256: String
    public var size: Int
    public var mtimeNanoseconds: Int64

    public init(path: String, sha256: String, size: Int, mtimeNanoseconds: Int64) {
        self.path = path
        self.sha256 = sha256
        self.size = size
        self.mtimeNanoseconds = mtimeNanoseconds
    }
}

/// A comment as the ledger keeps it: the comment and the reader's record it came from.
public struct StoredComment: Sendable, Hashable {
    public var comment: Comment
    public var raw: RawComment

    public init(comment: Comment, raw: RawComment) {
        self.comment = comment
        self.raw = raw
    }
}

/// The latest cluster, point and campaign of a comment.
public struct Assignment: Sendable, Hashable {
    public var commentID: String
    public var cluster: String
    public var point: String?
    public var campaign: String?

    public init(commentID: String, cluster: String, point: String?, campaign: String?) {
        self.commentID = commentID
        self.cluster = cluster
        self.point = point
        self.campaign = campaign
    }
}

/// A point as the ledger keeps it, for `trace`.
public struct StoredPoint: Sendable, Hashable {
    public var id: String
    public var draft: String
    public var section: String?
    public var cluster: String
    public var campaign: String?
    public var text: String
    public var submissions: Int

    public init(id: String, draft: String, section: String?, cluster: String, campaign: String?, text: String, submissions: Int) {
        self.id = id
        self.draft = draft
        self.section = section
        self.cluster = cluster
        self.campaign = campaign
        self.text = text
        self.submissions = submissions
    }
}

/// One line of the append-only event log.
public struct LedgerEvent: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// A file or a comment was taken in.
        case ingested
        /// A file or a record was not.
        case rejected
        /// Known bytes were seen at another path (a renamed or copied file).
        case seen
        /// A path no longer in the inbox; its comments stay, traceable through the archive.
        case missing
        /// A file edited in place replaced this version; its comments no longer count.
        case superseded
        /// A comment got its point (or a different one).
        case assigned
        /// A comment's cluster changed: it was merged with others.
        case merged
    }

    public var seq: Int?
    public var run: String
    public var kind: Kind
    /// A comment id, a file's SHA-256 or a path.
    public var subject: String
    /// Plain words or a small JSON object.
    public var detail: String

    public init(seq: Int? = nil, run: String, kind: Kind, subject: String, detail: String) {
        self.seq = seq
        self.run = run
        self.kind = kind
        self.subject = subject
        self.detail = detail
    }
}

/// A run as the ledger keeps it.
public struct RunRecord: Sendable, Hashable {
    public enum Status: String, Sendable, Hashable { case running, completed, interrupted }

    public var id: String
    public var started: String
    public var finished: String?
    public var status: Status
    public var configSHA256: String?
    public var manifestSHA256: String?

    public init(id: String, started: String, finished: String? = nil, status: Status, configSHA256: String? = nil, manifestSHA256: String? = nil) {
        self.id = id
        self.started = started
        self.finished = finished
        self.status = status
        self.configSHA256 = configSHA256
        self.manifestSHA256 = manifestSHA256
    }
}

/// Everything a night changes, written by ``Ledger/commit(_:)`` in one transaction.
public struct NightChanges: Sendable {
    public var run: String
    /// Files read this night (new ones, and rejected ones tried again).
    public var files: [LedgerFile] = []
    /// Every path the inbox holds tonight.
    public var sightings: [PathSighting] = []
    /// New comments (besides those set aside with ``Ledger/stage(comments:events:run:)``).
    public var comments: [StoredComment] = []
    /// Rejections found tonight, by the file's SHA-256 (they replace the file's earlier ones).
    public var rejections: [String: [Rejection]] = [:]
    /// Comment ids that no longer count, with the run of the file version that replaced them.
    public var superseded: [String] = []
    /// Comments re-assembled because the configuration changed (same ids, new fields).
    public var reassembled: [Comment] = []
    /// The latest assignment of every active comment.
    public var assignments: [Assignment] = []
    public var points: [StoredPoint] = []
    public var events: [LedgerEvent] = []

    public init(run: String) { self.run = run }
}
