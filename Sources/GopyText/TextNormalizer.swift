/// Unicode normalisation and the cleaning of text for display.
///
/// Both run on every comment, so they work on UTF-8 bytes and skip the standard library's
/// normaliser whenever the bytes show the text cannot need it.
public enum TextNormalizer {
    /// The text in Unicode Normalization Form C (precomposed: `ệ` as one scalar).
    ///
    /// Text whose UTF-8 holds only scalars known to be stable under NFC (ASCII, U+0080–U+02FF,
    /// the precomposed Vietnamese letters U+1E00–U+1EFF, common punctuation and symbols, emoji)
    /// is returned as it is; anything else (combining marks above all) goes through the standard
    /// library's normaliser, which is linear, unlike Foundation's on Linux.
    public static func nfc(_ text: String) -> String {
        if isKnownNFC(text) { return text }
        return String(decoding: text._nfcCodeUnits, as: UTF8.self)
    }

    /// Whether the text is certainly in NFC already, judged from its UTF-8 bytes alone.
    /// False means "maybe not".
    public static func isKnownNFC(_ text: String) -> Bool {
        if let known = text.utf8.withContiguousStorageIfAvailable({ isKnownNFC(utf8: $0) }) { return known }
        return Array(text.utf8).withUnsafeBufferPointer { isKnownNFC(utf8: $0) }
    }

    /// Whether well-formed UTF-8 is certainly NFC: every lead byte from 0xCC up (combining marks,
    /// and everything above U+0300) must start a sequence in ``isNFCSafeSequence(_:at:)``.
    static func isKnownNFC(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let count = bytes.count
        while i < count {
            if let base = bytes.baseAddress {
                // Eight bytes at a time while none of them is 0xCC or more. For a byte with its
                // top bit set, its low seven bits plus 0x34 reach 0x80 exactly when it is ≥ 0xCC
                // (and the sum never carries into the next byte).
                while i + 8 <= count {
                    let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                    let reaching = ((word & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x3434_3434_3434_3434) & word & 0x8080_8080_8080_8080
                    if reaching != 0 { break }
                    i += 8
                }
            }
            guard i < count else { break }
            let byte = bytes[i]
            if byte < 0xCC {
                i += 1
                continue
            }
            guard isNFCSafeSequence(bytes, at: i) else { return false }
            i += 1  // continuation bytes are below 0xCC and pass on their own
        }
        return true
    }

    /// Whether a scalar is one ``isKnownNFC(_:)`` trusts: below U+0300, or in one of the ranges
    /// ``isNFCSafeSequence(_:at:)`` lets through.
    @inline(__always)
    static func isNFCSafe(_ value: UInt32) -> Bool {
        switch value {
        case 0..<0x300, 0x1E00...0x1EFF, 0x2002...0x20BF, 0x2500...0x27FF, 0xFE00...0xFE0F, 0xFEFF, 0xFF00...0xFF7F,
            0x1F000...0x1FFFF:
            return true
        default:
            return false
        }
    }

    /// Whether the sequence whose lead byte (≥ 0xCC) stands at `i` encodes a scalar that is
    /// stable under NFC, has canonical combining class 0, and never composes with a neighbour.
    @inline(__always)
    static func isNFCSafeSequence(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        let count = bytes.count
        func at(_ k: Int) -> UInt8 { i + k < count ? bytes[i + k] : 0 }
        switch bytes[i] {
        case 0xE1:
            return (0xB8...0xBB).contains(at(1))  // U+1E00–U+1EFF: Latin Extended Additional
        case 0xE2:
            switch at(1) {
            case 0x80: return at(2) >= 0x82  // U+2002–U+203F (U+2000/2001 map to U+2002/2003)
            case 0x81, 0x82: return true  // U+2040–U+20BF: punctuation, super/subscripts, currency
            case 0x94...0x9F: return true  // U+2500–U+27FF: box drawing, shapes, symbols, dingbats
            default: return false
            }
        case 0xEF:
            switch at(1) {
            case 0xB8: return at(2) <= 0x8F  // U+FE00–U+FE0F: variation selectors
            case 0xBB: return at(2) == 0xBF  // U+FEFF
            case 0xBC, 0xBD: return true  // U+FF00–U+FF7F: full-width forms
            default: return false
            }
        case 0xF0:
            return at(1) == 0x9F  // U+1F000–U+1FFFF: emoji and pictographs
        default:
            return false
        }
    }
}
