/// Where a syllable with the open `oa`, `oe` or `uy` carries its tone mark.
///
/// Both styles occur in official text: old style puts the tone on the first vowel (hòa, khỏe,
/// thủy, Ủy ban), new style on the second (hoà, khoẻ, thuỷ, cấp uỷ). Every other syllable is
/// written the same in both: closed ones (hoàn, toán, tuýt), three-vowel clusters (khuya, ngoài,
/// khuyên), and `qu`/`gi` + vowel, where `u`/`i` belong to the consonant (quý, quà, giữa).
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
        applyToNFC(TextNormalizer.nfc(text))
    }

    /// ``apply(to:)`` for text already in NFC.
    func applyToNFC(_ text: String) -> String {
        guard self != .keep else { return text }
        var text = text
        let restyled = text.withUTF8 { restyle($0) }
        return restyled.map { String(decoding: $0, as: UTF8.self) } ?? text
    }

    /// The bytes with every syllable that needs it restyled, or nil when none does.
    ///
    /// Only a word that ends in a vowel pair that could change is decoded: old style looks for a
    /// plain `o`/`u` before a letter with a mark, new style for a plain `a`/`e`/`y` after one.
    func restyle(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        var out: [UInt8] = []
        var copied = 0  // bytes before this are in `out` (once something changed)
        var changed = false
        let count = bytes.count
        var i = 0
        while i < count {
            let byte = bytes[i]
            var pairStart = -1
            var pairEnd = -1
            switch self {
            case .old:
                // o/u followed by a non-ASCII letter.
                if byte | 0x20 == 0x6F || byte | 0x20 == 0x75, i + 1 < count, bytes[i + 1] >= 0xC3 {
                    pairStart = i
                    pairEnd = i + 1 + UTF8Bytes.decode(bytes, at: i + 1).length
                }
            case .new:
                // a/e/y after a non-ASCII letter.
                if byte | 0x20 == 0x61 || byte | 0x20 == 0x65 || byte | 0x20 == 0x79, i >= 2, bytes[i - 1] & 0xC0 == 0x80 {
                    var lead = i - 1
                    while lead > 0 && bytes[lead] & 0xC0 == 0x80 { lead -= 1 }
                    pairStart = lead
                    pairEnd = i + 1
                }
            case .keep:
                return nil
            }
            guard pairStart >= 0 else {
                i += 1
                continue
            }
            i = pairEnd
            // The pair must end its word (an open syllable) …
            if pairEnd < count && Self.isWordScalar(bytes, at: pairEnd) { continue }
            // … and at most three letters may come before it (ngh + oa).
            var wordStart = pairStart
            var before = 0
            while wordStart > 0 {
                var previous = wordStart - 1
                while previous > 0 && bytes[previous] & 0xC0 == 0x80 { previous -= 1 }
                guard Self.isWordScalar(bytes, at: previous) else { break }
                wordStart = previous
                before += 1
                if before > 3 { break }
            }
            guard before <= 3 else { continue }
            var word: [Unicode.Scalar] = []
            var k = wordStart
            while k < pairEnd {
                let (scalar, length) = UTF8Bytes.decode(bytes, at: k)
                word.append(scalar)
                k += length
            }
            guard VietnameseVowels.restyle(&word, to: self) else { continue }
            if !changed {
                changed = true
                out.reserveCapacity(count + 8)
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<wordStart]))
            for scalar in word { UTF8Bytes.append(scalar, to: &out) }
            copied = pairEnd
        }
        guard changed else { return nil }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<count]))
        return out
    }

    /// Whether the scalar starting at `i` belongs to a word (``VietnameseLetters/isWordScalar(_:)``).
    @inline(__always)
    private static func isWordScalar(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        let byte = bytes[i]
        if byte < 0x80 {
            return (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
        }
        return VietnameseLetters.isWordScalar(UTF8Bytes.decode(bytes, at: i).scalar)
    }
}
