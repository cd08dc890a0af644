/// Cuts decoded UTF-8 text, delivered in chunks of any size, into ``ReportLine``s.
///
/// LF, CRLF and a lone CR each end a line, also when a CRLF is split between two chunks.
/// Only the unfinished last line of a chunk is kept between calls. Leading and trailing white
/// space is trimmed at the byte level: ASCII space, tab, vertical tab and form feed, NBSP,
/// the Unicode spaces U+2000–U+200A, U+202F and U+3000, and the invisible U+200B–U+200D,
/// U+2060 and U+FEFF (a byte-order mark included).
struct LineSplitter {
    private var partial: [UInt8] = []
    private var afterCR = false
    private var nextNumber = 1
    /// The number of the first line that holds a NUL byte, if any has so far.
    private(set) var firstNULLine: Int?

    /// The number the next line will get (1-based); after the end, one past the last line.
    var currentLine: Int { nextNumber }

    /// The lines that end in `chunk` (with the unfinished line of the previous chunk first).
    mutating func split(_ chunk: [UInt8]) -> [ReportLine] {
        var lines: [ReportLine] = []
        let count = chunk.count
        guard count > 0 else { return lines }
        var start = 0
        if afterCR {
            afterCR = false
            if chunk[0] == 0x0A { start = 1 }  // the LF of a CRLF cut between chunks
        }
        chunk.withUnsafeBufferPointer { bytes in
            var index = start
            while index < count {
                let byte = bytes[index]
                if byte == 0x0A || byte == 0x0D {
                    lines.append(makeLine(bytes, start..<index))
                    if byte == 0x0D {
                        if index + 1 < count {
                            if bytes[index + 1] == 0x0A { index += 1 }
                        } else {
                            afterCR = true
                        }
                    }
                    start = index + 1
                } else if byte == 0, firstNULLine == nil {
                    firstNULLine = nextNumber
                }
                index += 1
            }
            if start < count { partial.append(contentsOf: bytes[start..<count]) }
        }
        return lines
    }

    /// The last line, when the text does not end with a line break.
    mutating func finish() -> ReportLine? {
        guard !partial.isEmpty else { return nil }
        let line = ReportLine.trimming(partial, number: nextNumber)
        partial.removeAll()
        nextNumber += 1
        return line
    }

    private mutating func makeLine(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> ReportLine {
        let line: ReportLine
        if partial.isEmpty {
            line = ReportLine.trimming(UnsafeBufferPointer(rebasing: bytes[range]), number: nextNumber)
        } else {
            partial.append(contentsOf: bytes[range])
            line = ReportLine.trimming(partial, number: nextNumber)
            partial.removeAll(keepingCapacity: true)
        }
        nextNumber += 1
        return line
    }
}

extension ReportLine {
    /// A line from its UTF-8 bytes (without the line break), trimmed.
    static func trimming(_ bytes: some RandomAccessCollection<UInt8>, number: Int) -> ReportLine {
        let array = bytes.withContiguousStorageIfAvailable { trimming(buffer: $0, number: number) }
        return array ?? Array(bytes).withUnsafeBufferPointer { trimming(buffer: $0, number: number) }
    }

    private static func trimming(buffer: UnsafeBufferPointer<UInt8>, number: Int) -> ReportLine {
        var lower = 0
        var upper = buffer.count
        var indent = 0
        while lower < upper, let (length, width) = leadingSpace(buffer, at: lower, end: upper) {
            lower += length
            indent += width
        }
        while upper > lower, let length = trailingSpace(buffer, before: upper, start: lower) {
            upper -= length
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: buffer[lower..<upper]), as: UTF8.self)
        return ReportLine(number: number, indent: indent, text: text)
    }

    /// The byte length and column width of the white space that starts at `index`, if any.
    private static func leadingSpace(_ b: UnsafeBufferPointer<UInt8>, at index: Int, end: Int) -> (Int, Int)? {
        switch b[index] {
        case 0x20, 0x0B, 0x0C: return (1, 1)
        case 0x09: return (1, 4)
        case 0xC2 where index + 1 < end && b[index + 1] == 0xA0: return (2, 1)
        case 0xE2 where index + 2 < end && b[index + 1] == 0x80:
            switch b[index + 2] {
            case 0x80...0x8A, 0xAF: return (3, 1)
            case 0x8B...0x8D: return (3, 0)
            default: return nil
            }
        case 0xE2 where index + 2 < end && b[index + 1] == 0x81 && b[index + 2] == 0xA0: return (3, 0)
        case 0xE3 where index + 2 < end && b[index + 1] == 0x80 && b[index + 2] == 0x80: return (3, 2)
        case 0xEF where index + 2 < end && b[index + 1] == 0xBB && b[index + 2] == 0xBF: return (3, 0)
        default: return nil
        }
    }

    /// The byte length of the white space that ends just before `end`, if any.
    private static func trailingSpace(_ b: UnsafeBufferPointer<UInt8>, before end: Int, start: Int) -> Int? {
        let last = b[end - 1]
        switch last {
        case 0x20, 0x09, 0x0B, 0x0C: return 1
        case 0xA0 where end - 2 >= start && b[end - 2] == 0xC2: return 2
        default: break
        }
        guard end - 3 >= start else { return nil }
        let (first, second) = (b[end - 3], b[end - 2])
        switch (first, second, last) {
        case (0xE2, 0x80, 0x80...0x8D), (0xE2, 0x80, 0xAF), (0xE2, 0x81, 0xA0),
            (0xE3, 0x80, 0x80), (0xEF, 0xBB, 0xBF):
            return 3
        default:
            return nil
        }
    }
}
