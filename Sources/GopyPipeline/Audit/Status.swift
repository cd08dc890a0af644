import Foundation
import GopyLedger
import GopyModel

/// `gopy status`: what the ledger holds — runs, files, comments per draft and source kind,
/// rejections.
public enum StatusReport {
    public struct Status: Sendable {
        public var runs: [RunRecord]
        public var counts: Ledger.Counts
    }

    public static func status(_ options: BatchOptions) throws(AuditError) -> Status {
        let context = try AuditContext(options: options)
        do {
            return Status(runs: try context.ledger.runs(), counts: try context.ledger.counts())
        } catch {
            throw AuditError(message: "\(error)")
        }
    }
}
