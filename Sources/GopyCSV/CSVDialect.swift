/// Guessing how a CSV file is written.
public enum CSVDialect {
    /// The delimiters ``detectDelimiter(_:)`` chooses among, in order of preference on a tie.
    public static let candidates: [UInt8] = [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "\t")]

    /// At most this many lines of the sample are looked at.
    public static let maximumLines = 50

    /// The delimiter of the CSV text that `sample` begins with: `,`, `;` or tab.
    ///
    /// Each candidate is counted on each of the sample's first lines, outside quoted parts
    /// (so a quoted field's delimiters and line breaks do not count). The header line must
    /// hold the candidate; the winner is the candidate whose count on the other lines most
    /// often equals its count on the header line, then the one the header holds most often.
    /// A `;` file whose unquoted text holds commas is told apart this way: its `;` count is
    /// the same on every line, its comma count is not. The sample's last line is left out
    /// when it has no line end (it may be cut short), unless it is the only line. With no
    /// candidate in the header line at all (a one-column file), the answer is `,`.
    public static func detectDelimiter(_ sample: some Collection<UInt8>) -> UInt8 {
        if let answer = sample.withContiguousStorageIfAvailable({ detect($0) }) { return answer }
        return Array(sample).withUnsafeBufferPointer { detect($0) }
    }

    private static func detect(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt8 {
        let lines = counts(bytes)
        guard let header = lines.first else { return candidates[0] }
        var best = candidates[0]
        var bestScore = (agreeing: -1, inHeader: 0)
        for (k, candidate) in candidates.enumerated() where header[k] > 0 {
            let agreeing = lines.dropFirst().reduce(0) { $0 + ($1[k] == header[k] ? 1 : 0) }
            let score = (agreeing: agreeing, inHeader: header[k])
            if score > bestScore {
                best = candidate
                bestScore = score
            }
        }
        return best
    }

    /// For each of the first lines (records, as quotes are honoured), how many times each
    /// candidate occurs outside quotes.
    private static func counts(_ bytes: UnsafeBufferPointer<UInt8>) -> [[Int]] {
        var start = 0
        // A leading byte order mark is not part of the header.
        if bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF { start = 3 }
        var lines: [[Int]] = []
        var current = [Int](repeating: 0, count: candidates.count)
        var lineHasBytes = false
        var inQuotes = false
        var i = start
        while i < bytes.count && lines.count < maximumLines {
            let b = bytes[i]
            i += 1
            if b == UInt8(ascii: "\"") {
                inQuotes.toggle()
                lineHasBytes = true
            } else if inQuotes {
                continue
            } else if b == UInt8(ascii: "\n") || b == UInt8(ascii: "\r") {
                if lineHasBytes { lines.append(current) }
                current = [Int](repeating: 0, count: candidates.count)
                lineHasBytes = false
            } else {
                lineHasBytes = true
                if let k = candidates.firstIndex(of: b) { current[k] += 1 }
            }
        }
        // An unfinished last line counts only when there is nothing else.
        if lineHasBytes && lines.isEmpty { lines.append(current) }
        return lines
    }
}
