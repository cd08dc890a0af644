extension MatchingKey {
    /// A word of a key being built: where its bytes are, their hash, and how the text wrote its case.
    struct Word {
        /// Whether the bytes are in the abbreviation index's pool rather than the key's own bytes.
        var pooled: Bool
        /// The word's bytes: `start..<end`.
        var start: Int32
        var end: Int32
        /// ``hash(_:count:)`` of the bytes.
        var hash: UInt64
        /// Bit `k` is set when the text wrote the word's `k`-th scalar in upper case (the first 64).
        var upper: UInt64
        /// The number of scalars in the word.
        var scalars: Int32
        /// The slot of the abbreviation index whose root entry is this word, or -1.
        var slot: Int32 = -1
        /// In the folded form: whether the text wrote the word with a diacritic ("ĐA", not "DA").
        var hadMarks = false

        /// Whether every scalar of the word was an upper-case letter ("UBND", "ĐA", "T").
        @inline(__always)
        var isAllUpper: Bool {
            scalars >= 1 && scalars < 64 && upper == (UInt64(1) << UInt64(scalars)) &- 1
        }

        @inline(__always)
        var length: Int { Int(end - start) }

        /// The hash of a word's bytes (not stable across versions: only for tables built in-process).
        /// The 8 bytes after the word must be readable memory (their values do not matter).
        @inline(__always)
        static func hash(_ bytes: UnsafePointer<UInt8>, count: Int) -> UInt64 {
            var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(truncatingIfNeeded: count)
            var k = 0
            while count - k >= 8 {
                let chunk = UnsafeRawPointer(bytes + k).loadUnaligned(as: UInt64.self)
                hash = (hash ^ chunk) &* 0xFF51_AFD7_ED55_8CCD
                hash ^= hash >> 32
                k += 8
            }
            let rest = UInt64(count - k)  // 0…7 bytes, read in one load and masked
            let tail = UnsafeRawPointer(bytes + k).loadUnaligned(as: UInt64.self).littleEndian & ((1 << (rest &* 8)) &- 1)
            hash = (hash ^ tail) &* 0xC4CE_B9FE_1A85_EC53
            return hash ^ (hash >> 29)
        }

        /// ``hash(_:count:)`` of an array of bytes.
        static func hash(_ bytes: [UInt8]) -> UInt64 {
            let padded = bytes + Array(repeating: 0, count: 8)
            return padded.withUnsafeBufferPointer { hash($0.baseAddress!, count: bytes.count) }
        }
    }

    /// A text cut into the words of its key: the key's bytes (words separated by one space) and the
    /// words, before abbreviations are handled.
    struct Lexed {
        var bytes: [UInt8]
        var words: [Word]
    }

    /// Cuts text into the lower-case words of a matching key, in one pass over its UTF-8.
    ///
    /// A word is a run of letters and digits (and combining marks); everything else separates words.
    /// Each word is written in lower case, its tone mark in the old style (``ToneStyle/old``) and its
    /// i/y spelling folded (``SpellingVariants``); in the folded form, without diacritics (`đ` as `d`).
    enum Lexer {
        /// Which key the words are for.
        enum Form: Sendable {
            /// With diacritics: ``MatchingKey/make(_:)``.
            case marked
            /// Without diacritics: ``MatchingKey/diacriticFree(_:)``.
            case folded
        }

        static func lex(_ text: String, form: Form) -> Lexed {
            var text = text
            // Text is lexed as it is; if a scalar NFC might change turns up, it is lexed again in NFC
            // (the folded form drops combining marks and does not need NFC).
            if let lexed = text.withUTF8({ lex($0, form: form) }) { return lexed }
            var normalized = TextNormalizer.nfc(text)
            return normalized.withUTF8 { lex($0, form: form, checkingNFC: false)! }
        }

        /// The words of well-formed UTF-8, or nil when `checkingNFC` and the text may not be in NFC.
        static func lex(_ bytes: UnsafeBufferPointer<UInt8>, form: Form, checkingNFC: Bool = true) -> Lexed? {
            var words: [Word] = []
            words.reserveCapacity(bytes.count / 6 + 1)
            // Lower-casing and the i/y folding lengthen a scalar by one byte at most, and only scalars
            // of two bytes or more: the key stays under 1.5 times the text, which leaves 8 bytes after
            // every word for ``Word/hash(_:count:)``.
            let capacity = 2 * bytes.count + 16
            var maybeNotNFC = false
            let out = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, initialized in
                var writer = Writer(base: buffer.baseAddress!, form: form, checkingNFC: checkingNFC && form == .marked)
                let count = bytes.count
                var i = 0
                while i < count {
                    let byte = bytes[i]
                    if byte < 0x80 {
                        switch byte {
                        case 0x61...0x7A, 0x30...0x39: writer.appendASCII(byte, upper: false)
                        case 0x41...0x5A: writer.appendASCII(byte | 0x20, upper: true)
                        default: writer.endWord(&words)
                        }
                        i += 1
                        continue
                    }
                    let (scalar, length) = UTF8Bytes.decode(bytes, at: i)
                    i += length
                    writer.append(scalar, words: &words)
                    if writer.maybeNotNFC {
                        maybeNotNFC = true
                        break
                    }
                }
                writer.endWord(&words)
                initialized = writer.position
            }
            return maybeNotNFC ? nil : Lexed(bytes: out, words: words)
        }

        /// Writes the words into a buffer large enough for them.
        private struct Writer {
            let base: UnsafeMutablePointer<UInt8>
            let form: Form
            var position = 0
            var wordStart = -1
            var scalars = 0
            var upper: UInt64 = 0
            /// The scalar count when a letter with a diacritic was last written: in the folded form,
            /// whether the last letter had one.
            var markedAt = -1
            /// Whether to look for scalars NFC might change, and whether one was seen.
            let checkingNFC: Bool
            var maybeNotNFC = false

            init(base: UnsafeMutablePointer<UInt8>, form: Form, checkingNFC: Bool) {
                self.base = base
                self.form = form
                self.checkingNFC = checkingNFC
            }

            @inline(__always)
            mutating func beginScalar(upper isUpper: Bool) {
                if wordStart < 0 {
                    if position > 0 {
                        base[position] = 0x20
                        position += 1
                    }
                    wordStart = position
                    scalars = 0
                    upper = 0
                }
                if isUpper && scalars < 64 { upper |= UInt64(1) << UInt64(scalars) }
                scalars += 1
            }

            @inline(__always)
            mutating func appendASCII(_ byte: UInt8, upper isUpper: Bool) {
                beginScalar(upper: isUpper)
                base[position] = byte
                position += 1
            }

            @inline(__always)
            mutating func write(_ value: UInt32) {
                switch value {
                case 0..<0x80:
                    base[position] = UInt8(value)
                    position += 1
                case 0x80..<0x800:
                    base[position] = UInt8(0xC0 | (value >> 6))
                    base[position + 1] = UInt8(0x80 | (value & 0x3F))
                    position += 2
                case 0x800..<0x10000:
                    base[position] = UInt8(0xE0 | (value >> 12))
                    base[position + 1] = UInt8(0x80 | ((value >> 6) & 0x3F))
                    base[position + 2] = UInt8(0x80 | (value & 0x3F))
                    position += 3
                default:
                    base[position] = UInt8(0xF0 | (value >> 18))
                    base[position + 1] = UInt8(0x80 | ((value >> 12) & 0x3F))
                    base[position + 2] = UInt8(0x80 | ((value >> 6) & 0x3F))
                    base[position + 3] = UInt8(0x80 | (value & 0x3F))
                    position += 4
                }
            }

            /// A non-ASCII scalar: a letter of the current word, a mark, or a separator.
            @inline(__always)
            mutating func append(_ scalar: Unicode.Scalar, words: inout [Word]) {
                let value = scalar.value
                // The Vietnamese letters and the common punctuation, without Unicode tables.
                switch value {
                case 0x1EA0...0x1EF9:
                    if form == .folded {
                        appendFolded(value)
                    } else {
                        beginScalar(upper: value & 1 == 0)
                        write(value | 1)
                    }
                    return
                case 0xC0...0x1B0 where value != 0xD7 && value != 0xF7:
                    if form == .folded, Folding.baseASCII(value) != nil {
                        appendFolded(value)
                        return
                    }
                case 0x2000...0x206F, 0x3000...0x3003:
                    endWord(&words)  // spaces, dashes, quotes, ellipsis; ideographic space and stops
                    return
                default:
                    break
                }
                appendOther(scalar, words: &words)
            }

            /// A letter with diacritics, in the folded form: its ASCII base letter.
            @inline(__always)
            mutating func appendFolded(_ value: UInt32) {
                let letter = Folding.baseASCII(value) ?? 0x3F
                beginScalar(upper: letter < 0x60)
                markedAt = scalars
                base[position] = letter | 0x20
                position += 1
            }

            /// Any other non-ASCII scalar.
            mutating func appendOther(_ scalar: Unicode.Scalar, words: inout [Word]) {
                if checkingNFC && !TextNormalizer.isNFCSafe(scalar.value) {
                    maybeNotNFC = true
                    return
                }
                guard VietnameseLetters.isWordScalar(scalar) else {
                    endWord(&words)
                    return
                }
                if form == .folded && Folding.isCombiningMark(scalar) {
                    if wordStart >= 0 { markedAt = scalars }
                    return
                }
                if let lower = VietnameseLetters.lowercased(scalar) {
                    beginScalar(upper: lower != scalar)
                    write(lower.value)
                } else {
                    // Letters whose lower case is not one scalar known without the Unicode tables.
                    var isFirst = true
                    for part in scalar.properties.lowercaseMapping.unicodeScalars {
                        beginScalar(upper: isFirst)
                        write(part.value)
                        isFirst = false
                    }
                }
            }

            /// The scalar that ends just before byte `end` of the buffer, and where it starts.
            @inline(__always)
            func scalar(endingAt end: Int) -> (value: UInt32, start: Int) {
                var start = end - 1
                while start > wordStart && base[start] & 0xC0 == 0x80 { start -= 1 }
                let lead = UInt32(base[start])
                switch end - start {
                case 1: return (lead, start)
                case 2: return ((lead & 0x1F) << 6 | UInt32(base[start + 1] & 0x3F), start)
                case 3: return ((lead & 0x0F) << 12 | UInt32(base[start + 1] & 0x3F) << 6 | UInt32(base[start + 2] & 0x3F), start)
                default:
                    return ((lead & 0x07) << 18 | UInt32(base[start + 1] & 0x3F) << 12 | UInt32(base[start + 2] & 0x3F) << 6
                        | UInt32(base[start + 3] & 0x3F), start)
                }
            }

            /// Closes the current word: old tone style, i/y folding, hash.
            @inline(__always)
            mutating func endWord(_ words: inout [Word]) {
                guard wordStart >= 0 else { return }
                if scalars <= 5 && base[position - 1] >= 0x80 || scalars <= 3 {
                    finishShortWord()
                }
                let hash = Word.hash(base + wordStart, count: position - wordStart)
                words.append(Word(
                    pooled: false, start: Int32(wordStart), end: Int32(position), hash: hash, upper: upper,
                    scalars: Int32(scalars), hadMarks: markedAt >= 0
                ))
                wordStart = -1
                markedAt = -1
            }

            /// The old tone style and the i/y folding, which only short words can need.
            private mutating func finishShortWord() {
                let (last, lastStart) = scalar(endingAt: position)
                if form == .marked && scalars >= 2 && scalars <= 5 && last >= 0xC0 {
                    let previous = scalar(endingAt: lastStart).value
                    if VietnameseVowels.mightRestyle(previous: previous, last: last, to: .old) { restyle() }
                }
                guard scalars <= 3 else { return }
                let (value, start) = scalar(endingAt: position)
                guard let y = SpellingVariants.yForI(value) else { return }
                let toned = value != 0x69 || markedAt == scalars
                let allUpper = upper == (UInt64(1) << UInt64(scalars)) &- 1
                let first = UInt32(base[wordStart])
                let second = scalars >= 2 ? UInt32(base[wordStart + 1]) : 0
                guard SpellingVariants.foldsToY(scalars: scalars, first: first, second: second, toned: toned, allUpper: allUpper)
                else { return }
                position = start
                write(y)
            }

            /// Moves the tone of an open `oa`/`oe`/`uy` syllable to the first vowel.
            private mutating func restyle() {
                var word: [Unicode.Scalar] = []
                let bytes = UnsafeBufferPointer(start: base + wordStart, count: position - wordStart)
                var k = 0
                while k < bytes.count {
                    let (scalar, length) = UTF8Bytes.decode(bytes, at: k)
                    word.append(scalar)
                    k += length
                }
                guard VietnameseVowels.restyle(&word, to: .old) else { return }
                position = wordStart  // the old style is never longer
                for scalar in word { write(scalar.value) }
            }
        }
    }
}
