/// Where a syllable with the open `oa`, `oe` or `uy` carries its tone mark.
///
/// Both styles occur in official text: old style puts the tone on the first vowel (hòa, khỏe,
/// thủy, Ủy ban), new style on the second (hoà, khoẻ, thuỷ, cấp uỷ). Every other syllable is
/// written the same in both: closed ones (hoàn, toán), three-vowel clusters (khuya, ngoài),
/// and `qu`/`gi` + vowel, where `u`/`i` belong to the consonant (quý, giữa).
public enum ToneStyle: String, Codable, Sendable, Hashable, CaseIterable {
    /// Tone on the first vowel: hòa, khỏe, thủy, Ủy.
    case old
    /// Tone on the second vowel: hoà, khoẻ, thuỷ, Uỷ.
    case new
    /// The text as written.
    case keep

    /// The text with every `oa`/`oe`/`uy` syllable written in this style; NFC; everything
    /// else untouched (case included).
    public func apply(to text: String) -> String {
        var text = TextNormalizer.nfc(text)
        guard self != .keep else { return text }
        let result: String? = text.withUTF8 { bytes in
            var writer = WordWriter(capacity: bytes.count, style: self, spaceBetweenWords: false)
            var i = 0
            while i < bytes.count {
                let (scalar, length) = UTF8Bytes.decode(bytes, at: i)
                if VietnameseLetters.isWordScalar(scalar) {
                    writer.appendLetter(scalar)
                } else {
                    writer.appendOther(UnsafeBufferPointer(rebasing: bytes[i..<i + length]))
                }
                i += length
            }
            writer.endWord()
            return writer.changed ? String(decoding: writer.out, as: UTF8.self) : nil
        }
        return result ?? text
    }
}
