import GopyCSV

/// Parses `bytes` whole, or in chunks of `chunkSize` bytes, and returns every record.
func records(_ bytes: [UInt8], delimiter: UInt8 = UInt8(ascii: ","), chunkSize: Int? = nil) throws -> [CSVRecord] {
    var parser = CSVParser(delimiter: delimiter)
    var out: [CSVRecord] = []
    let size = max(1, chunkSize ?? bytes.count)
    var offset = 0
    while offset < bytes.count {
        let end = min(bytes.count, offset + size)
        bytes[offset..<end].withUnsafeBytes { chunk in parser.consume(chunk) { out.append($0) } }
        offset = end
    }
    try parser.finish { out.append($0) }
    return out
}

/// ``records(_:delimiter:chunkSize:)`` for text.
func records(_ text: String, delimiter: UInt8 = UInt8(ascii: ","), chunkSize: Int? = nil) throws -> [CSVRecord] {
    try records(Array(text.utf8), delimiter: delimiter, chunkSize: chunkSize)
}

/// The fields of every record of `text`.
func rows(_ text: String, delimiter: UInt8 = UInt8(ascii: ","), chunkSize: Int? = nil) throws -> [[String]] {
    try records(text, delimiter: delimiter, chunkSize: chunkSize).map(\.fields)
}
