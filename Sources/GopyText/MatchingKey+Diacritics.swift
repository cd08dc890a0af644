extension MatchingKey {
    /// How many syllables of a text carry a diacritic, counted apart for words in capitals.
    struct SyllableCounts {
        /// Syllables written in lower or mixed case, and how many of them carry a mark.
        var mixedCase: (syllables: Int, marked: Int) = (0, 0)
        /// Syllables written in capitals, and how many carry a mark.
        var capitals: (syllables: Int, marked: Int) = (0, 0)

        /// Counts the words of well-formed UTF-8 that have a vowel and no digit.
        init(utf8 bytes: UnsafeBufferPointer<UInt8>) {
            var inWord = false
            var hasVowel = false
            var hasDigit = false
            var hasMark = false
            var hasLower = false

            func endWord() {
                defer { inWord = false }
                guard inWord, hasVowel, !hasDigit else { return }
                if !hasLower {
                    capitals.syllables += 1
                    if hasMark { capitals.marked += 1 }
                } else {
                    mixedCase.syllables += 1
                    if hasMark { mixedCase.marked += 1 }
                }
            }
            func startWord() {
                guard !inWord else { return }
                inWord = true
                hasVowel = false
                hasDigit = false
                hasMark = false
                hasLower = false
            }

            var i = 0
            let count = bytes.count
            while i < count {
                let byte = bytes[i]
                if byte < 0x80 {
                    switch byte {
                    case 0x41...0x5A, 0x61...0x7A:
                        startWord()
                        let lower = byte | 0x20
                        if byte == lower { hasLower = true }
                        switch lower {
                        case 0x61, 0x65, 0x69, 0x6F, 0x75, 0x79: hasVowel = true
                        default: break
                        }
                    case 0x30...0x39:
                        startWord()
                        hasDigit = true
                    default:
                        endWord()
                    }
                    i += 1
                    continue
                }
                let (scalar, length) = UTF8Bytes.decode(bytes, at: i)
                i += length
                if Folding.isCombiningMark(scalar) {
                    if inWord { hasMark = true }
                } else if let base = Folding.baseASCII(scalar.value) {
                    startWord()
                    hasMark = true
                    if base >= 0x60 { hasLower = true }
                    if base | 0x20 != 0x64 { hasVowel = true }
                } else if VietnameseLetters.isWordScalar(scalar) {
                    startWord()
                    if scalar.properties.isLowercase { hasLower = true }
                } else {
                    endWord()
                }
            }
            endWord()
        }
    }
}
