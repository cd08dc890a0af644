extension MatchingKey {
    /// One word of a key, with the part of the text it was made from.
    public struct SourcedWord: Sendable, Hashable {
        /// The key word ("UBND", "đề", "kỹ").
        public var word: Substring
        /// The part of the text it stands for ("Ủy ban nhân dân", "Đề", "kĩ"); several key words
        /// made from one stretch of text ("BCHTW" → "BCH TW") share it.
        public var range: Range<String.Index>
    }

    /// The words of a key of `text` (``make(_:)``, or ``diacriticFree(_:)`` when
    /// `diacriticFree`), each with the stretch of `text` it was made from; nil when the words
    /// cannot be traced back (never expected; callers then show the whole text).
    ///
    /// Used to show a drafter, in the commenter's own spelling, a part of a comment that was
    /// found on its key (a campaign's template, a member's own additions): key words are lower
    /// case, i/y-folded and abbreviated, and are not for reading.
    public static func sourcedWords(of text: String, diacriticFree: Bool) -> [SourcedWord]? {
        let keyOf: (Substring) -> String = diacriticFree ? { Self.diacriticFree(String($0)) } : { make(String($0)) }
        let key = keyOf(Substring(text))
        let words = key.split(separator: " ", omittingEmptySubsequences: true)
        let pieces = Self.pieces(of: text)
        var result: [SourcedWord] = []
        result.reserveCapacity(words.count)
        var w = 0, p = 0
        // Each stretch of pieces, shortest first, whose own key is the next key words: a long
        // form ("kinh tế - xã hội") is several pieces for one word.
        while w < words.count {
            guard p < pieces.count else { return nil }
            var matched = false
            var end = p
            while end < pieces.count && end < p + 8 {
                let range = pieces[p].lowerBound..<pieces[end].upperBound
                let own = keyOf(text[range]).split(separator: " ", omittingEmptySubsequences: true)
                if own.isEmpty, end == p {
                    break  // a piece with no word (a symbol): skipped below
                }
                if !own.isEmpty, w + own.count <= words.count, words[w..<w + own.count].elementsEqual(own) {
                    for word in own.indices { result.append(SourcedWord(word: words[w + word], range: range)) }
                    w += own.count
                    p = end + 1
                    matched = true
                    break
                }
                end += 1
            }
            if !matched {
                // A piece that stands for no key word at this point: skip it, unless nothing
                // further can match.
                p += 1
            }
        }
        return result
    }

    /// The stretch of `text` that key words `words[range]` were made from.
    public static func sourceText(_ text: String, of words: [SourcedWord], _ range: Range<Int>) -> Substring {
        guard !range.isEmpty else { return "" }
        return text[words[range.lowerBound].range.lowerBound..<words[range.upperBound - 1].range.upperBound]
    }

    /// Maximal runs of letters, digits and marks (anything but white space, ASCII punctuation
    /// and general punctuation): at least as fine as the words of a key.
    static func pieces(of text: String) -> [Range<String.Index>] {
        var result: [Range<String.Index>] = []
        var start: String.Index?
        var index = text.unicodeScalars.startIndex
        let scalars = text.unicodeScalars
        while index < scalars.endIndex {
            let value = scalars[index].value
            let separates: Bool
            if value < 0x80 {
                let byte = UInt8(value)
                separates = !((0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte))
            } else {
                separates = (0x2000...0x206F).contains(value) || (0x3000...0x3003).contains(value)
                    || value == 0xA0 || value == 0xD7 || value == 0xF7 || (0xA1...0xBF).contains(value)
            }
            if separates {
                if let s = start { result.append(s..<index) }
                start = nil
            } else if start == nil {
                start = index
            }
            index = scalars.index(after: index)
        }
        if let s = start { result.append(s..<scalars.endIndex) }
        return result
    }
}
