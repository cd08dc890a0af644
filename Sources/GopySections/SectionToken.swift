import GopyText

/// A word or number of a text being parsed for section references: its folded spelling, what
/// the original looked like (marks, case) and where it stands.
///
/// Tokens are maximal runs of letters and digits; combining marks stay with their letter and
/// zero-width characters and soft hyphens are skipped, so NFC, NFD and Windows-1258-style text
/// give the same tokens. Everything between two tokens is their gap, read from the original.
struct SectionToken {
    /// The folded spelling (lower case, no diacritics, `đ` → `d`) packed as ASCII bytes, first
    /// letter in the low byte: see ``FoldedCode``. 0 when the token is longer than 8 letters or
    /// holds a letter with no ASCII folding; no word the parser looks for is either.
    var code: UInt64
    /// Letters and digits in the token.
    var length: Int
    /// Where the token starts in the original text.
    var start: String.Index
    /// Where it ends (after any trailing combining mark).
    var end: String.Index
    /// Whether the original carries a diacritic, `đ`, or any letter outside ASCII.
    var hasMarks: Bool
    /// Whether the token is ASCII digits only.
    var isDigits: Bool
    /// Whether the token has letters and all of them are upper case (Roman numerals must be).
    var isUpper: Bool
    /// Whether the token is the single letter `đ` (or `Đ`, or a look-alike `ð`/`Ð`).
    var isDStroke: Bool
    /// Whether the original has no upper-case letter, no look-alike `ð` and no invisible
    /// character: then it compares with a vocabulary word as it stands.
    var isPlainLower: Bool
}

/// Short folded words packed into a `UInt64`, so that the parser compares words without
/// building strings or hashing them: "muc" → 0x63_75_6D.
enum FoldedCode {
    /// The code of a folded ASCII word of at most 8 bytes; 0 for anything else.
    static func of(_ word: String) -> UInt64 {
        var code: UInt64 = 0
        var shift: UInt64 = 0
        for byte in word.utf8 {
            guard byte < 0x80, shift < 64 else { return 0 }
            code |= UInt64(byte) << shift
            shift += 8
        }
        return code
    }
}

/// Splits a text into ``SectionToken``s.
enum SectionTokenizer {
    static func tokens(of text: String) -> [SectionToken] {
        var tokens: [SectionToken] = []
        let scalars = text.unicodeScalars
        var builder = Builder()
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let next = scalars.index(after: index)
            defer { index = next }
            let value = scalar.value
            if value < 0x80 {
                switch value {
                case 0x30...0x39: builder.add(UInt8(value), at: index, end: next, kind: .digit)
                case 0x41...0x5A: builder.add(UInt8(value + 0x20), at: index, end: next, kind: .upper)
                case 0x61...0x7A: builder.add(UInt8(value), at: index, end: next, kind: .lower)
                default: builder.finish(into: &tokens)
                }
                continue
            }
            if let folded = FoldTable.fold(value) {
                // A Vietnamese letter (or ð/Ð): its base letter keeps the case.
                let isUpper = folded < 0x61
                builder.add(isUpper ? folded + 0x20 : folded, at: index, end: next, kind: isUpper ? .upper : .lower)
                builder.hasMarks = true
                if value == 0x0110 || value == 0x0111 || value == 0x00D0 || value == 0x00F0 {
                    builder.dStroke = true
                    if value != 0x0111 { builder.notPlain = true }
                }
                continue
            }
            if isIgnorable(value) {
                builder.notPlain = true
                continue
            }
            if Folding.isCombiningMark(scalar) {
                builder.addMark(end: next)
                continue
            }
            if (0x2000...0x206F).contains(value)
                || ((0x00A0...0x00BF).contains(value) && value != 0xAA && value != 0xB5 && value != 0xBA)
            {
                builder.finish(into: &tokens)  // spaces and punctuation: the common cases, no lookup
                continue
            }
            let properties = scalar.properties
            guard properties.isAlphabetic else {
                builder.finish(into: &tokens)
                continue
            }
            builder.addOther(isLower: properties.isLowercase, at: index, end: next)
        }
        builder.finish(into: &tokens)
        return tokens
    }

    /// Zero-width characters, BOM, soft hyphen and word joiner: invisible, never a boundary.
    static func isIgnorable(_ value: UInt32) -> Bool {
        value == 0x00AD || (0x200B...0x200D).contains(value) || value == 0x2060 || value == 0xFEFF
    }

    private struct Builder {
        enum Kind { case digit, upper, lower }

        var code: UInt64 = 0
        var length = 0
        var start: String.Index?
        var end: String.Index?
        var hasMarks = false
        var onlyDigits = true
        var hasLetter = false
        var hasLower = false
        var hasUpper = false
        var notPlain = false
        var foldable = true
        var dStroke = false

        mutating func add(_ byte: UInt8, at index: String.Index, end: String.Index, kind: Kind) {
            if start == nil { start = index }
            if length < 8 { code |= UInt64(byte) << UInt64(8 * length) }
            length += 1
            switch kind {
            case .digit: break
            case .upper:
                onlyDigits = false
                hasLetter = true
                hasUpper = true
            case .lower:
                onlyDigits = false
                hasLetter = true
                hasLower = true
            }
            self.end = end
        }

        /// A letter with no ASCII folding (Greek, Cyrillic …): the token can be no keyword.
        mutating func addOther(isLower: Bool, at index: String.Index, end: String.Index) {
            if start == nil { start = index }
            length += 1
            foldable = false
            onlyDigits = false
            hasLetter = true
            hasMarks = true
            if isLower { hasLower = true } else { hasUpper = true }
            self.end = end
        }

        mutating func addMark(end: String.Index) {
            // A mark with no letter before it (after a space) belongs to no token.
            guard start != nil else { return }
            hasMarks = true
            self.end = end
        }

        mutating func finish(into tokens: inout [SectionToken]) {
            guard let start, let end else { return }
            tokens.append(
                SectionToken(
                    code: foldable && length <= 8 ? code : 0, length: length, start: start, end: end,
                    hasMarks: hasMarks, isDigits: onlyDigits, isUpper: hasLetter && !hasLower,
                    isDStroke: dStroke && length == 1, isPlainLower: !hasUpper && !notPlain))
            self = Builder()
        }
    }
}

/// The Vietnamese letters' base letters as flat tables over the two blocks that hold them
/// (U+00C0–U+01BF and U+1EA0–U+1EFF), built once from `Folding.foldScalar`.
enum FoldTable {
    private static let latin: [UInt8] = table(0x00C0..<0x01C0)
    private static let extended: [UInt8] = table(0x1EA0..<0x1F00)

    /// The ASCII base letter (case kept) of a Vietnamese letter, or nil.
    static func fold(_ value: UInt32) -> UInt8? {
        let byte: UInt8
        switch value {
        case 0x00C0..<0x01C0: byte = latin[Int(value - 0x00C0)]
        case 0x1EA0..<0x1F00: byte = extended[Int(value - 0x1EA0)]
        default: return nil
        }
        return byte == 0 ? nil : byte
    }

    private static func table(_ range: Range<UInt32>) -> [UInt8] {
        range.map { value in
            guard let scalar = Unicode.Scalar(value) else { return 0 }
            let base = Folding.foldScalar(scalar).value
            let isLetter = (0x41...0x5A).contains(base) || (0x61...0x7A).contains(base)
            return base != value && isLetter ? UInt8(base) : 0
        }
    }
}
