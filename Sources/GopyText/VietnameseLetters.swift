/// Fast letter tests and lower-casing for the scalars Vietnamese text is made of, with the
/// standard library's Unicode properties as the fallback for everything else.
enum VietnameseLetters {
    /// Whether a scalar belongs to a word: a letter or a digit (as ``Folding/words(_:)`` counts
    /// them), or a combining mark, which belongs to the letter before it.
    @inline(__always)
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        switch value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return true
        case 0..<0x80: return false
        case 0xC0...0x24F: return value != 0xD7 && value != 0xF7
        case 0x300...0x36F, 0x1E00...0x1EFF: return true
        default: return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
        }
    }

    /// The lower case of a scalar when it is one scalar and known without a table lookup
    /// (everything Vietnamese is); nil when the Unicode properties must say.
    @inline(__always)
    static func lowercased(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        let value = scalar.value
        switch value {
        case 0x41...0x5A, 0xC0...0xD6, 0xD8...0xDE:
            return Unicode.Scalar(value + 0x20)
        case 0..<0x80, 0xDF...0xFF, 0x300...0x36F:
            return scalar
        case 0x1EA0...0x1EF9:
            return Unicode.Scalar(value | 1)  // the Vietnamese letters alternate upper, lower
        case 0x102, 0x110, 0x128, 0x168, 0x1A0:
            return Unicode.Scalar(value + 1)  // Ă Đ Ĩ Ũ Ơ
        case 0x1AF:
            return Unicode.Scalar(0x1B0)  // Ư
        case 0x103, 0x111, 0x129, 0x169, 0x1A1, 0x1B0:
            return scalar
        default:
            return scalar.properties.changesWhenLowercased ? nil : scalar
        }
    }
}
