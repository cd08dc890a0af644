/// Where in its file a comment stands.
public struct Locator: Codable, Sendable, Hashable, Comparable {
    /// 1-based line where the comment starts, in the decoded text.
    public var line: Int
    /// CSV only: 1-based data row, the header not counted.
    public var row: Int?
    /// XML only: 1-based index of the comment element in document order.
    public var record: Int?

    public init(line: Int, row: Int? = nil, record: Int? = nil) {
        self.line = line
        self.row = row
        self.record = record
    }

    public static func < (lhs: Locator, rhs: Locator) -> Bool {
        (lhs.line, lhs.row ?? 0, lhs.record ?? 0) < (rhs.line, rhs.row ?? 0, rhs.record ?? 0)
    }

    /// A short human form: "dòng 12", "dòng 12, hàng 7", "dòng 40, bản ghi 3".
    public var description: String {
        var parts = ["dòng \(line)"]
        if let row { parts.append("hàng \(row)") }
        if let record { parts.append("bản ghi \(record)") }
        return parts.joined(separator: ", ")
    }
}
