import Foundation
import GopyConfig
import GopyLedger
import GopyModel

/// `gopy trace ID`: the chain from a point or a comment back to the bytes it came from —
/// point → comments → file (paths, SHA-256, archived copy) → locator → the original text with
/// the commenter's personal data → the normalised text, section and basis, cluster, campaign
/// and the events of the ledger. Only this command shows personal data.
public enum Tracer {
    /// One comment's chain.
    public struct TracedComment: Sendable {
        public var comment: Comment
        public var raw: RawComment
        /// The run whose file version replaced this comment's file, if one did.
        public var supersededRun: String?
        public var file: LedgerFile?
        /// Every path the file's bytes were seen at, and whether the inbox still holds them there.
        public var paths: [(path: String, present: Bool, firstRun: String, lastRun: String)]
        /// The archived copy, and whether its bytes still have the recorded SHA-256 (nil: missing).
        public var archivePath: String
        public var archiveIntact: Bool?
        public var assignment: Assignment?
        /// Events about the comment and about its file, oldest first.
        public var events: [LedgerEvent]
        /// A drafter's placement of the comment, from config/placements.yaml (a placement of its
        /// point shows in its `assigned` events: "placed by …").
        public var placement: Placement?
    }

    /// What an id leads to.
    public struct Trace: Sendable {
        public var id: String
        /// The point, when the id is a point's (or the point a comment supports).
        public var point: StoredPoint?
        public var comments: [TracedComment]
    }

    public static func trace(id: String, options: BatchOptions) throws(AuditError) -> Trace {
        let context = try AuditContext(options: options)
        do {
            if let point = try context.ledger.point(id: id) {
                let ids = try context.ledger.commentIDs(point: id)
                return Trace(id: id, point: point, comments: try ids.compactMap { try traced($0, context) })
            }
            if let comment = try traced(id, context) {
                let point = try comment.assignment?.point.flatMap { try context.ledger.point(id: $0) }
                return Trace(id: id, point: point, comments: [comment])
            }
        } catch let error as LedgerError {
            throw AuditError(message: "\(error)")
        } catch {
            throw AuditError(message: "\(error)")
        }
        throw AuditError(message: "no comment or point with id \(id) in the ledger")
    }

    static func traced(_ id: String, _ context: AuditContext) throws -> TracedComment? {
        guard let (stored, supersededRun) = try context.ledger.comment(id: id) else { return nil }
        let sha = stored.comment.provenance.sha256
        return TracedComment(
            comment: stored.comment, raw: stored.raw, supersededRun: supersededRun,
            file: try context.ledger.file(sha256: sha),
            paths: try context.ledger.paths(sha256: sha),
            archivePath: context.archive.url(sha256: sha).path,
            archiveIntact: context.archive.verify(sha256: sha),
            assignment: try context.ledger.assignments()[id],
            events: try context.ledger.events(subjects: [id, sha]),
            placement: context.placements.first { $0.target == .comment(id) }
        )
    }
}
