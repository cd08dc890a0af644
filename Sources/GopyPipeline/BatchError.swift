import GopyConfig
import GopyLedger

/// A problem that stops a run. Its description is the one line the command prints.
public enum BatchError: Error, CustomStringConvertible, Sendable {
    /// The configuration cannot be used.
    case config(ConfigError)
    /// Another run holds the lock.
    case locked(path: String, holder: String?)
    /// The inbox folder is missing or unreadable.
    case inbox(path: String, reason: String)
    /// The outbox cannot be written; the previous outbox is left as it was.
    case outbox(path: String, reason: String)
    /// The ledger or the archive cannot be read or written; nothing of the night was kept.
    case ledger(LedgerError)

    public var description: String {
        switch self {
        case .config(let error):
            return "configuration error: \(error)"
        case .locked(let path, let holder):
            return "another gopy run is in progress (lock \(path)\(holder.map { ", held by process \($0)" } ?? "")); try again when it has finished"
        case .inbox(let path, let reason):
            return "cannot read the inbox \(path): \(reason)"
        case .outbox(let path, let reason):
            return "cannot write the outbox \(path): \(reason); the previous outbox is unchanged"
        case .ledger(let error):
            return "\(error); the previous outbox is unchanged"
        }
    }
}
