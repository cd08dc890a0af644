/// The bytes of one file being written, and the 1-based line the next byte will be on.
struct TextBuffer {
    private(set) var bytes: [UInt8] = []
    private(set) var line = 1

    init(capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { utf8 in
            bytes.append(contentsOf: utf8)
            for byte in utf8 where byte == 0x0A { line += 1 }
        }
    }

    mutating func appendBytes(_ raw: [UInt8]) {
        bytes.append(contentsOf: raw)
        for byte in raw where byte == 0x0A { line += 1 }
    }
}

/// Where one comment landed, for the labels file.
struct PlacedComment: Sendable {
    var comment: GeneratedComment
    /// 1-based index of the comment in its file (list item, CSV data row, XML comment element).
    var record: Int
    /// 1-based line where it starts.
    var line: Int
    /// How a perfect reader finds its section: explicit, context, inferred or none.
    var basis: String
}

/// One generated file: its path relative to `inbox/`, its bytes and its comments.
package struct WrittenFile {
    package var path: String
    package var bytes: [UInt8]
    var placed: [PlacedComment]
}

/// Dates of the round: March 2025.
enum RoundDate {
    static func iso(day: Int) -> String { "2025-03-" + (day < 10 ? "0" : "") + String(day) }
    static func vietnamese(day: Int) -> String { (day < 10 ? "0" : "") + String(day) + "/03/2025" }
}

/// Breaks `text` into lines of at most `width` characters (counted in Unicode scalars) at spaces.
func wrap(_ text: String, width: Int) -> [String] {
    var lines: [String] = []
    var current = ""
    var currentLength = 0
    for word in text.split(separator: " ", omittingEmptySubsequences: true) {
        let length = word.unicodeScalars.count
        if currentLength > 0 && currentLength + 1 + length > width {
            lines.append(current)
            current = ""
            currentLength = 0
        }
        if currentLength > 0 {
            current.append(" ")
            currentLength += 1
        }
        current.append(contentsOf: word)
        currentLength += length
    }
    if !current.isEmpty { lines.append(current) }
    return lines
}
