/// One record (row) of a CSV file: its fields, where it starts, and its position.
///
/// The fields are held as one run of UTF-8 bytes with the end offset of each field, so
/// reading a record costs two small allocations whatever the number of fields; a field
/// becomes a `String` only when asked for (``subscript(_:)``, ``fields``).
public struct CSVRecord: Sendable, Hashable {
    /// 1-based line of the input where the record starts. A quoted field holding line
    /// breaks makes the records after it start on later lines.
    public let line: Int
    /// 0-based index of the record in the input, the header row included. Blank lines are
    /// not records and are not counted.
    public let index: Int
    /// True when the record was longer than the parser's ``CSVParser/maximumRecordSize``:
    /// bytes past it were dropped, so its fields are cut short (or empty).
    public let isTruncated: Bool

    /// The fields' bytes, unquoted and unescaped, one after the other.
    @usableFromInline let bytes: [UInt8]
    /// The end offset in ``bytes`` of each field; field `i` starts where field `i - 1` ends.
    @usableFromInline let ends: [Int]

    /// A record from its fields' bytes and the end offset of each field.
    @usableFromInline init(line: Int, index: Int, bytes: [UInt8], ends: [Int], isTruncated: Bool = false) {
        self.line = line
        self.index = index
        self.isTruncated = isTruncated
        self.bytes = bytes
        self.ends = ends
    }

    /// A record from its fields, as text (for tests and for building records by hand).
    public init(line: Int, index: Int, fields: [String]) {
        var bytes: [UInt8] = []
        var ends: [Int] = []
        for field in fields {
            bytes.append(contentsOf: field.utf8)
            ends.append(bytes.count)
        }
        self.init(line: line, index: index, bytes: bytes, ends: ends)
    }

    /// The number of fields.
    @inlinable public var count: Int { ends.count }

    /// Field `i` (0-based) decoded from UTF-8; ill-formed bytes become U+FFFD.
    public subscript(_ i: Int) -> String {
        withField(i) { String(decoding: $0, as: UTF8.self) }
    }

    /// All fields, decoded from UTF-8.
    public var fields: [String] { (0..<count).map { self[$0] } }

    /// Calls `body` with the raw UTF-8 bytes of field `i` (0-based), without decoding.
    @inlinable public func withField<R, E: Error>(
        _ i: Int, _ body: (UnsafeBufferPointer<UInt8>) throws(E) -> R
    ) throws(E) -> R {
        let start = i == 0 ? 0 : ends[i - 1]
        let end = ends[i]
        return try bytes.withUnsafeBufferPointer { (all) throws(E) -> R in
            try body(UnsafeBufferPointer(rebasing: all[start..<end]))
        }
    }

    /// The number of UTF-8 bytes in field `i` (0-based).
    @inlinable public func byteCount(ofField i: Int) -> Int {
        ends[i] - (i == 0 ? 0 : ends[i - 1])
    }
}

extension CSVRecord: CustomStringConvertible {
    /// The record's line, index and fields, for messages and test failures.
    public var description: String { "CSVRecord(line: \(line), index: \(index), fields: \(fields))" }
}
