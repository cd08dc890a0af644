/// A problem with the ledger or the archive, with the path and what went wrong.
public struct LedgerError: Error, CustomStringConvertible, Sendable {
    public var path: String
    public var message: String

    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    public var description: String { "ledger \(path): \(message)" }
}
