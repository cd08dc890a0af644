/// The Vietnamese vowel letters as base vowel (with its shape: ă â ê ô ơ ư), tone and case,
/// for moving a tone mark from one vowel to another.
enum VietnameseVowels {
    /// The five tone marks, in the order of ``Tone`` raw values 1…5.
    static let toneMarks: [UInt32] = [0x0300, 0x0301, 0x0309, 0x0303, 0x0323]  // huyền, sắc, hỏi, ngã, nặng

    /// A vowel letter taken apart.
    struct Parts: Hashable {
        /// The lower-case base vowel with its shape but no tone (`ệ` → `ê`).
        var base: Unicode.Scalar
        /// 0 for no tone, else 1…5 as ``toneMarks``.
        var tone: UInt8
        var isUpper: Bool
    }

    /// The twelve base vowels, lower case.
    static let bases: [Unicode.Scalar] = ["a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y"]

    /// Every vowel letter (134 scalars with the consonant-free toneless ones) → its parts.
    static let partsByScalar: [UInt32: Parts] = {
        var table: [UInt32: Parts] = [:]
        for (base, tone, upper, scalar) in allForms() {
            table[scalar.value] = Parts(base: base, tone: tone, isUpper: upper)
        }
        return table
    }()

    /// Parts → the precomposed vowel letter.
    static let scalarByParts: [Parts: Unicode.Scalar] = {
        var table: [Parts: Unicode.Scalar] = [:]
        for (base, tone, upper, scalar) in allForms() {
            table[Parts(base: base, tone: tone, isUpper: upper)] = scalar
        }
        return table
    }()

    /// Every base × tone × case, composed with the standard library's NFC.
    private static func allForms() -> [(Unicode.Scalar, UInt8, Bool, Unicode.Scalar)] {
        var forms: [(Unicode.Scalar, UInt8, Bool, Unicode.Scalar)] = []
        for base in bases {
            for upper in [false, true] {
                let letter = upper ? String(base).uppercased() : String(base)
                for tone in 0...toneMarks.count {
                    var text = letter
                    if tone > 0 { text.unicodeScalars.append(Unicode.Scalar(toneMarks[tone - 1])!) }
                    let composed = String(decoding: text._nfcCodeUnits, as: UTF8.self).unicodeScalars
                    guard composed.count == 1, let scalar = composed.first else { continue }
                    forms.append((base, UInt8(tone), upper, scalar))
                }
            }
        }
        return forms
    }

    /// The parts of a vowel letter, or nil for anything else.
    @inline(__always)
    static func parts(_ scalar: Unicode.Scalar) -> Parts? {
        switch scalar.value {
        case 0x61, 0x65, 0x69, 0x6F, 0x75, 0x79: return Parts(base: scalar, tone: 0, isUpper: false)
        case 0x41, 0x45, 0x49, 0x4F, 0x55, 0x59: return Parts(base: Unicode.Scalar(scalar.value + 0x20)!, tone: 0, isUpper: true)
        case 0..<0xC0: return nil
        default: return partsByScalar[scalar.value]
        }
    }

    /// The vowel letter with these parts.
    @inline(__always)
    static func letter(_ parts: Parts) -> Unicode.Scalar? { scalarByParts[parts] }

    /// Whether `scalars` (any case) spell a Vietnamese initial consonant, or nothing:
    /// b c ch d đ g gh gi h k kh l m n ng ngh nh p ph qu r s t th tr v x.
    static func isInitialConsonant(_ scalars: ArraySlice<Unicode.Scalar>) -> Bool {
        func lower(_ scalar: Unicode.Scalar) -> UInt32 {
            switch scalar.value {
            case 0x41...0x5A: scalar.value + 0x20
            case 0x110: 0x111
            default: scalar.value
            }
        }
        let letters = scalars.map(lower)
        switch letters.count {
        case 0:
            return true
        case 1:
            return letters[0] == 0x111 || "bcdghklmnprstvx".unicodeScalars.contains { $0.value == letters[0] }
        case 2:
            return ["ch", "gh", "gi", "kh", "ng", "nh", "ph", "qu", "th", "tr"].contains { pair in
                pair.unicodeScalars.map(\.value) == letters
            }
        case 3:
            return letters == [0x6E, 0x67, 0x68]  // ngh
        default:
            return false
        }
    }

    /// A cheap test on a word's last two scalars: whether ``restyle(_:to:)`` might change it.
    /// Old style needs a plain `o`/`u` before a marked letter; new style the reverse.
    @inline(__always)
    static func mightRestyle(previous: UInt32, last: UInt32, to style: ToneStyle) -> Bool {
        switch style {
        case .old: return (previous | 0x20 == 0x6F || previous | 0x20 == 0x75) && last >= 0xC0
        case .new: return previous >= 0xC0 && (last | 0x20 == 0x61 || last | 0x20 == 0x65 || last | 0x20 == 0x79)
        case .keep: return false
        }
    }

    /// Moves the tone of a syllable ending in the open `oa`, `oe` or `uy` to where `style`
    /// puts it (old: first vowel, hòa; new: second, hoà). `word` is one syllable's letters;
    /// anything else (closed syllables, three-vowel clusters, `qu`+`y`, non-syllables) is left alone.
    /// Returns whether the word changed.
    @discardableResult
    static func restyle(_ word: inout [Unicode.Scalar], to style: ToneStyle) -> Bool {
        let count = word.count
        guard style != .keep, count >= 2, count <= 5,
            let first = parts(word[count - 2]), let second = parts(word[count - 1])
        else { return false }
        let pattern = (first.base == "o" && (second.base == "a" || second.base == "e"))
            || (first.base == "u" && second.base == "y")
        guard pattern, (first.tone == 0) != (second.tone == 0) else { return false }
        let toneOnFirst = first.tone != 0
        guard toneOnFirst != (style == .old) else { return false }
        guard isInitialConsonant(word[0..<count - 2]) else { return false }
        let tone = max(first.tone, second.tone)
        guard let newFirst = letter(Parts(base: first.base, tone: toneOnFirst ? 0 : tone, isUpper: first.isUpper)),
            let newSecond = letter(Parts(base: second.base, tone: toneOnFirst ? tone : 0, isUpper: second.isUpper))
        else { return false }
        word[count - 2] = newFirst
        word[count - 1] = newSecond
        return true
    }
}
