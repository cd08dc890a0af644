/// Words where a lossy conversion left `?` or `_` in place of letters it could not hold:
/// Excel's "CSV" on a Vietnamese Windows (`Ph?n th? nh?t`), other tools (`Qu_c h_i`).
///
/// Works on the bytes of any ASCII-compatible encoding: a letter is an ASCII letter or any
/// byte from 0x80 up. A hole is a `?` or `_` with a letter after it and a letter before it (for
/// `?`, also the start of the word); a word counts once however many holes it has. Words with `@`, `/`,
/// `\`, `=` or `&` (addresses, paths, links) are not counted.
public enum LossyHoles {
    /// The outcome of a scan.
    public struct Scan: Sendable, Hashable {
        /// Words with a hole.
        public var count: Int
        /// The 1-based line of the first of them.
        public var firstLine: Int?
    }

    /// Scans the bytes of a text (UTF-8, or a legacy encoding).
    public static func scan(_ bytes: some Collection<UInt8>) -> Scan {
        if let scan = bytes.withContiguousStorageIfAvailable({ scan($0) }) { return scan }
        return Array(bytes).withUnsafeBufferPointer { scan($0) }
    }

    static func scan(_ text: UnsafeBufferPointer<UInt8>) -> Scan {
        var result = Scan(count: 0, firstLine: nil)
        var lastCountedWord = -1
        let count = text.count
        @inline(__always) func isLetter(_ byte: UInt8) -> Bool {
            byte >= 0x80 || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A)
        }
        @inline(__always) func isSpace(_ byte: UInt8) -> Bool {
            byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
        }
        var i = 0
        while i < count {
            if i + 8 <= count, let base = text.baseAddress {
                let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                if !ByteSurvey.hasByte(word, 0x3F) && !ByteSurvey.hasByte(word, 0x5F) {
                    i += 8
                    continue
                }
            }
            let byte = text[i]
            guard byte == 0x3F || byte == 0x5F else {
                i += 1
                continue
            }
            // Skip the rest of a run of holes; the byte after the run must be a letter.
            var end = i
            while end < count && (text[end] == 0x3F || text[end] == 0x5F) { end += 1 }
            defer { i = end }
            guard end < count, isLetter(text[end]) else { continue }
            // Between letters; a `?` also at the start of a word (`?y ban`), where an underscore
            // is more likely markup (`_Ghi chú_`).
            let hasLetterBefore = i > 0 && isLetter(text[i - 1])
            let startsWord = i == 0 || isSpace(text[i - 1]) || text[i - 1] == 0x28 || text[i - 1] == 0x22
            guard hasLetterBefore || (startsWord && byte == 0x3F) else { continue }
            // The word: from the white space before to the white space after.
            var start = i
            while start > 0 && !isSpace(text[start - 1]) { start -= 1 }
            guard start != lastCountedWord else { continue }
            var stop = end
            while stop < count && !isSpace(text[stop]) { stop += 1 }
            var isAddress = false
            for k in start..<stop where [0x40, 0x2F, 0x5C, 0x3D, 0x26].contains(text[k]) {
                isAddress = true
                break
            }
            guard !isAddress else { continue }
            lastCountedWord = start
            result.count += 1
            if result.firstLine == nil { result.firstLine = 1 + UTF8Validation.lineFeeds(in: text, 0..<i) }
        }
        return result
    }
}
