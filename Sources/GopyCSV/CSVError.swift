/// Input that cannot be read as CSV: the only such case is a quoted field still open at
/// the end of the input (RFC 4180 is otherwise read leniently).
public struct CSVError: Error, Sendable, Hashable, CustomStringConvertible {
    /// 1-based line where the broken record starts.
    public var line: Int
    /// 0-based index the broken record would have had (the header row counts as 0).
    public var index: Int
    /// What is wrong, in plain English.
    public var reason: String

    /// An error for the record starting on `line` with index `index`.
    public init(line: Int, index: Int, reason: String) {
        self.line = line
        self.index = index
        self.reason = reason
    }

    /// "line N: reason".
    public var description: String { "line \(line): \(reason)" }
}
