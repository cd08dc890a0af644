import GopyText

/// Small tests on the text of one line or one block, shared by the parts of the reader.
/// They look at Unicode scalars, so NFC and NFD text (and Windows-1258's half-decomposed
/// text) answer alike: combining marks are neither letters nor cased.
enum ReportText {
    /// Whether the text has at least one letter or digit (a line of `*` or `---` has none).
    static func hasLetterOrDigit(_ text: some StringProtocol) -> Bool {
        text.unicodeScalars.contains { isLetterOrDigit($0) }
    }

    static func isLetterOrDigit(_ scalar: Unicode.Scalar) -> Bool {
        if Folding.isCombiningMark(scalar) { return false }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    /// Whether the text is written in capitals: no lower-case letter, and at least
    /// `minimumLetters` upper-case ones. "HUYỆN ỦY KRÔNG PẮC", "I. Ý KIẾN CHUNG".
    static func isAllCapitals(_ text: some StringProtocol, minimumLetters: Int = 2) -> Bool {
        var upper = 0
        for scalar in text.unicodeScalars {
            let properties = scalar.properties
            if properties.isLowercase { return false }
            if properties.isUppercase { upper += 1 }
        }
        return upper >= minimumLetters
    }

    /// Whether the first letter of the text is a capital, after opening quotes and
    /// brackets. A line that starts with a digit or a lower-case letter does not: it reads
    /// as the rest of a sentence, not the start of a new one.
    static func startsWithCapital(_ text: some StringProtocol) -> Bool {
        for scalar in text.unicodeScalars {
            if openers.contains(scalar.value) || scalar.properties.isWhitespace { continue }
            return scalar.properties.isUppercase
        }
        return false
    }

    /// Number of white-space separated words.
    static func wordCount(_ text: some StringProtocol) -> Int {
        var count = 0
        var inWord = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace {
                inWord = false
            } else if !inWord {
                inWord = true
                count += 1
            }
        }
        return count
    }

    /// The last scalar that is not white space.
    static func lastScalar(_ text: some StringProtocol) -> Unicode.Scalar? {
        text.unicodeScalars.last { !$0.properties.isWhitespace }
    }

    /// Whether a block reads as a sentence someone wrote rather than a heading: it ends with
    /// `.`, `;`, `,`, `!`, `?` or `…`, or it is longer than ``longestHeadingWords`` words.
    static func readsAsComment(_ text: some StringProtocol) -> Bool {
        if let last = lastScalar(text), sentenceEnds.contains(last.value) { return true }
        return wordCount(text) > longestHeadingWords
    }

    /// Headings longer than this (in words, that is Vietnamese syllables) are taken for
    /// sentences when the layout leaves the choice open.
    static let longestHeadingWords = 24

    /// The first `count` scalars of the text, folded (``Folding/words(_:)``): enough to
    /// recognise a line by its first words without folding the whole line.
    static func foldedPrefix(_ text: String, scalars count: Int = 40) -> String {
        let scalars = text.unicodeScalars
        let end = scalars.index(scalars.startIndex, offsetBy: count, limitedBy: scalars.endIndex) ?? scalars.endIndex
        return Folding.words(String(scalars[..<end]))
    }

    /// Whether folded words start with the folded phrase, on a word boundary.
    static func hasWordPrefix(_ words: String, _ phrase: String) -> Bool {
        guard words.hasPrefix(phrase) else { return false }
        return words.count == phrase.count || words.dropFirst(phrase.count).first == " "
    }

    private static let openers: Set<UInt32> = [0x22, 0x27, 0x28, 0x5B, 0xAB, 0x2018, 0x201C]
    private static let sentenceEnds: Set<UInt32> = [0x2E, 0x3B, 0x2C, 0x21, 0x3F, 0x2026]
}
