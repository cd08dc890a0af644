/// The keys comments are compared by.
public enum MatchingKey {
    /// The key of a display text: NFC, lower case, tone marks in the old style (hòa, thủy),
    /// every run of characters that are not letters or digits as one space, trimmed.
    /// Diacritics are kept: "Hoà bình, THUỶ lợi!" and "hòa bình thủy lợi" have the same key.
    public static func make(_ displayText: String) -> String {
        var text = TextNormalizer.nfc(displayText)
        return text.withUTF8 { bytes in
            var writer = WordWriter(capacity: bytes.count, style: .old, spaceBetweenWords: true)
            var i = 0
            while i < bytes.count {
                let byte = bytes[i]
                if byte < 0x80 {
                    switch byte {
                    case 0x30...0x39, 0x61...0x7A: writer.appendLetter(Unicode.Scalar(byte))
                    case 0x41...0x5A: writer.appendLetter(Unicode.Scalar(byte | 0x20))
                    default: writer.endWord()
                    }
                    i += 1
                    continue
                }
                let (scalar, length) = UTF8Bytes.decode(bytes, at: i)
                i += length
                guard VietnameseLetters.isWordScalar(scalar) else {
                    writer.endWord()
                    continue
                }
                if let lower = VietnameseLetters.lowercased(scalar) {
                    writer.appendLetter(lower)
                } else {
                    for lower in scalar.properties.lowercaseMapping.unicodeScalars { writer.appendLetter(lower) }
                }
            }
            writer.endWord()
            return String(decoding: writer.out, as: UTF8.self)
        }
    }

    /// The key for text typed without diacritics: ``Folding/words(_:)`` (lower case, no marks,
    /// `đ` as `d`, punctuation as single spaces).
    public static func diacriticFree(_ text: String) -> String {
        Folding.words(text)
    }
}
