import Foundation

/// Where a run reads and writes, and how.
public struct BatchOptions: Sendable {
    /// The project root: `config/`, `inbox/` and `outbox/` are under it unless overridden.
    public var root: URL
    public var inbox: URL
    public var outbox: URL
    public var config: URL
    /// How many files are read at once (the result does not depend on it).
    public var jobs: Int
    /// The clock, for the run id and the manifest's times.
    public var now: @Sendable () -> Date

    public init(root: URL, inbox: URL? = nil, outbox: URL? = nil, config: URL? = nil, jobs: Int? = nil, now: @escaping @Sendable () -> Date = { Date() }) {
        self.root = root
        self.inbox = inbox ?? root.appendingPathComponent("inbox")
        self.outbox = outbox ?? root.appendingPathComponent("outbox")
        self.config = config ?? root.appendingPathComponent("config")
        self.jobs = max(1, jobs ?? ProcessInfo.processInfo.activeProcessorCount)
        self.now = now
    }

    /// The ledger's path: `config/gopy.yaml`'s `ledger`, relative to the root unless absolute.
    public func ledgerURL(_ setting: String) -> URL {
        setting.hasPrefix("/") ? URL(fileURLWithPath: setting) : root.appendingPathComponent(setting)
    }
}
