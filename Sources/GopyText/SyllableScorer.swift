/// A ``ScalarSink`` that reads decoded text word by word and counts what ``EncodingDetector``
/// compares readings by: the words with a letter beyond ASCII (the only ones that differ from
/// one reading to another), how many of them are well-formed Vietnamese syllables, the
/// characters no Vietnamese text has, and the words with a `?` or `_` hole where a letter was lost.
///
/// A word is a run of letters (combining marks belong to the letter before them). A `?` or `_`
/// between letters, or before a letter at the start of a word, is a hole and keeps the word
/// together; such words are counted apart and left out of the score, and so are words that end
/// in `?` or `_` (a lost last letter, or a question).
struct SyllableScorer: ScalarSink {
    static let letterFlag: UInt16 = 0x4000
    static let holeFlag: UInt16 = 0x2000
    static let penaltyFlag: UInt16 = 0x8000

    private let latin = LegacyTables.scoringLatin
    private let vietnamese = LegacyTables.scoringVietnamese
    private let commonSyllables = CommonSyllables.keys

    /// Every word seen.
    private(set) var words = 0
    /// Words with a letter beyond ASCII, and no hole.
    private(set) var scored = 0
    /// Scored words that are well-formed syllables.
    private(set) var wellFormed = 0
    /// Well-formed scored words that are frequent syllables (``CommonSyllables``).
    private(set) var common = 0
    /// Characters no Vietnamese text has (U+FFFD, C1 controls, Windows-1252 symbols of mojibake,
    /// a combining mark after no letter).
    private(set) var penalties = 0
    /// Words with a hole.
    private(set) var holeWords = 0
    /// The line of the first word with a hole.
    private(set) var firstHoleLine: Int?
    /// Letters only Vietnamese uses: U+1EA0–U+1EF9 and `ă đ ĩ ũ ơ ư` in either case.
    private(set) var vietnameseLetters = 0
    /// Combining marks (U+0300–U+036F) seen.
    private(set) var combiningMarks = 0
    /// The current line, 1-based.
    private(set) var line = 1

    private var parser = SyllableParser()
    private var nonASCII = false
    private var hasHole = false
    /// Holes seen after the current word's last letter (they count if a letter follows).
    private var trailingHoles = false
    /// A hole at the start of a word, waiting for a letter.
    private var leadingHole = false
    /// The character before the current word.
    private var before: UInt32 = 0x0A

    /// The share of scored words that are well-formed, counting each penalised character as one
    /// more word that is not; 0 when there is nothing to score.
    var score: Double {
        let total = scored + penalties
        return total == 0 ? 0 : Double(wellFormed) / Double(total)
    }

    /// The share of scored words that are frequent syllables.
    var commonShare: Double { scored == 0 ? 0 : Double(common) / Double(scored) }

    /// The scoring class of a scalar (see ``LegacyTables/scoringLatin``).
    static func scoringClass(_ value: UInt32) -> UInt16 {
        if value < 0x250 { return LegacyTables.scoringLatin[Int(value)] }
        if value >= 0x1EA0 && value <= 0x1EF9 { return LegacyTables.scoringVietnamese[Int(value - 0x1EA0)] }
        return otherClass(value)
    }


    /// The scoring class of a scalar beyond the tables.
    private static func otherClass(_ value: UInt32) -> UInt16 {
        switch value {
        case 0x02C6, 0x02DC, 0x2020, 0x2021, 0x2030, 0x2039, 0x203A, 0xFFFD:
            return penaltyFlag
        case 0x2000...0x2BFF, 0x3000...0x303F, 0xFE00...0xFE0F, 0xFEFF, 0x1F000...0x1FFFF:
            return 0  // punctuation, symbols, emoji
        default:
            guard let scalar = Unicode.Scalar(value), scalar.properties.isAlphabetic else { return 0 }
            return letterFlag | 30
        }
    }

    @inline(__always)
    mutating func put(_ value: UInt32) {
        let scoring: UInt16
        if value < 0x250 {
            scoring = latin[Int(value)]
            if scoring & Self.letterFlag != 0 {
                if value >= 0x80 {
                    nonASCII = true
                    switch value {
                    case 0x102, 0x103, 0x110, 0x111, 0x128, 0x129, 0x168, 0x169, 0x1A0, 0x1A1, 0x1AF, 0x1B0: vietnameseLetters += 1
                    default: break
                    }
                }
                addLetter(scoring)
                return
            }
        } else if value >= 0x1EA0 && value <= 0x1EF9 {
            vietnameseLetters += 1
            nonASCII = true
            addLetter(vietnamese[Int(value - 0x1EA0)])
            return
        } else if value >= 0x300 && value <= 0x36F {
            combiningMarks += 1
            if parser.count > 0 && !trailingHoles {
                nonASCII = true
                parser.combining(value)
            } else {
                endWord(terminator: value)
                penalties += 1
                before = value
            }
            return
        } else {
            scoring = Self.otherClass(value)
            if scoring & Self.letterFlag != 0 {
                nonASCII = true
                addLetter(scoring)
                return
            }
        }
        if scoring & Self.holeFlag != 0 {
            if parser.count > 0 {
                trailingHoles = true
                return
            }
            if before == 0x20 || before == 0x0A || before == 0x09 || before == 0x0D || before == 0x28 || before == 0x22 {
                leadingHole = true
                return
            }
        }
        endWord(terminator: value)
        if scoring & Self.penaltyFlag != 0 { penalties += 1 }
        if value == 0x0A { line += 1 }
        before = value
    }

    @inline(__always)
    private mutating func addLetter(_ scoring: UInt16) {
        if trailingHoles || leadingHole {
            hasHole = true
            trailingHoles = false
            leadingHole = false
        }
        parser.letter(scoring)
    }

    /// Ends the current word, if any; `terminator` is the character after it.
    @inline(__always)
    private mutating func endWord(terminator: UInt32) {
        let endsInHole = trailingHoles
        leadingHole = false
        trailingHoles = false
        guard parser.count > 0 else { return }
        words += 1
        if endsInHole && !hasHole {
            // `th?` (a lost last letter) or `thế?` (a question): not scored either way.
        } else if hasHole {
            // Not in an e-mail address, a URL or a file name.
            if terminator != 0x40 && before != 0x40 && before != 0x2F && before != 0x2E && before != 0x3A {
                holeWords += 1
                if firstHoleLine == nil { firstHoleLine = line }
            }
        } else if nonASCII {
            scored += 1
            if parser.isWellFormed {
                wellFormed += 1
                if commonSyllables.contains(parser.key) { common += 1 }
            }
        }
        parser.reset()
        nonASCII = false
        hasHole = false
    }

    /// Ends the text: counts the last word.
    mutating func finish() {
        endWord(terminator: 0x0A)
    }
}
