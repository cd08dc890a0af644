/// The i/y spelling variants (kĩ/kỹ, lí/lý, mĩ/mỹ, qui/quy, tỉ/tỷ, hi/hy), folded for matching keys.
///
/// Vietnamese writes the lone vowel of some open syllables as either `i` or `y`: after `h`, `k`,
/// `l`, `m`, `s`, `t` and `qu` (hi sinh/hy sinh, kĩ/kỹ, lí/lý, Mĩ/Mỹ, sĩ/sỹ, tỉ lệ/tỷ lệ,
/// qui định/quy định), and with no initial at all (í/ý). Keys write `y`, the spelling of legal
/// texts, so that "ý kiến" and "đồng ý" keep their usual spelling.
///
/// Only a syllable made of one of those initials (or none) and a single `i` changes. Everything
/// else is left as it is: `y` after a vowel (may, mây, tuy, thủy, khuấy, xoáy), `y` or `i` in a
/// longer vowel (yêu, khuyên, tui, mai, khuya), closed syllables (quýt, huỳnh, kín), `i` after
/// other initials (đi, chỉ, gì, nghị, thi, vi), the toneless word "i", and the Roman numerals LI
/// and MI written in capitals.
enum SpellingVariants {
    /// The `y` letter that replaces a lower-case `i` letter (same tone), or nil for anything else.
    @inline(__always)
    static func yForI(_ value: UInt32) -> UInt32? {
        switch value {
        case 0x69: 0x79  // i → y
        case 0xEC: 0x1EF3  // ì → ỳ
        case 0xED: 0xFD  // í → ý
        case 0x1EC9: 0x1EF7  // ỉ → ỷ
        case 0x129: 0x1EF9  // ĩ → ỹ
        case 0x1ECB: 0x1EF5  // ị → ỵ
        default: nil
        }
    }

    /// Whether a lower-case word whose last scalar is an `i` letter writes it as `y`.
    ///
    /// - Parameters:
    ///   - scalars: the number of scalars in the word (1 to 3 can fold).
    ///   - first: the first scalar, `second` the second.
    ///   - toned: whether the `i` carries a tone mark (or did, before diacritics were folded).
    ///   - allUpper: whether the text wrote the word in capitals.
    @inline(__always)
    static func foldsToY(scalars: Int, first: UInt32, second: UInt32, toned: Bool, allUpper: Bool) -> Bool {
        switch scalars {
        case 1:
            return toned
        case 2:
            switch first {
            case 0x68, 0x6B, 0x73, 0x74: return true  // h k s t
            case 0x6C, 0x6D: return toned || !allUpper  // l m: not the Roman numerals LI, MI
            default: return false
            }
        case 3:
            return first == 0x71 && second == 0x75  // qu
        default:
            return false
        }
    }
}
