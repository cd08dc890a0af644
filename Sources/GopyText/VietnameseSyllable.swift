/// Whether a word is one well-formed Vietnamese syllable: an initial consonant (or none), one
/// of the Vietnamese vowel nuclei, a final consonant (or none), at most one tone mark, and the
/// spelling rules that tie them together (`k` not `c` before `e ê i y`, `gh`/`ngh` only before
/// `e ê i`, `qu` not `cu` before a medial `u`, only the sắc and nặng tones before `c ch p t`,
/// `ch`/`nh` only after `a ê i y oa uê uy`), with the tone on the vowel that carries it.
///
/// ``EncodingDetector`` scores each candidate reading of a text by the share of its words that
/// pass; the check is about form, not about whether the syllable is in use. It accepts lower
/// case, upper case and a capital first letter, NFC or NFD, and both tone placements (`hòa`,
/// `hoà`); it also accepts `k` before any vowel (place names: Bắc Kạn, Đắk Lắk).
public enum VietnameseSyllable {
    /// Whether `word` is one well-formed Vietnamese syllable (see ``VietnameseSyllable``).
    public static func isWellFormed(_ word: some StringProtocol) -> Bool {
        var parser = SyllableParser()
        for scalar in word.unicodeScalars {
            let value = scalar.value
            if (0x300...0x36F).contains(value) {
                guard parser.count > 0 else { return false }
                parser.combining(value)
                continue
            }
            let scoring = SyllableScorer.scoringClass(value)
            guard scoring & SyllableScorer.letterFlag != 0 else { return false }
            parser.letter(scoring)
        }
        return parser.isWellFormed
    }
}

/// A word's letters as the syllable check needs them: base letters (5 bits each, codes of
/// ``LegacyTables/scoringLatin``), the tone, and the case pattern. No allocation.
struct SyllableParser {
    /// Base letter codes, 5 bits each, first letter lowest.
    private(set) var bases: UInt64 = 0
    /// How many letters (combining marks belong to the letter before them).
    private(set) var count = 0
    /// The tone, 1…5 (grave, acute, hook, tilde, dot below), or 0.
    private var tone: UInt64 = 0
    /// Set by anything no syllable has: a second tone, a letter Vietnamese does not use, a mark
    /// that fits no letter, more than seven letters.
    private var invalid = false
    /// The letter that carries the tone (its index), when there is one.
    private var toneIndex = 0
    private var firstUpper = false
    private var firstToned = false
    private var upperRest = 0
    /// Lower-case letters after the first that carry no tone.
    private var lowerRest = 0

    mutating func reset() {
        self = SyllableParser()
    }

    /// The letters and tone, whatever the case and the tone's place: a key for ``CommonSyllables``.
    var key: UInt64 { bases | tone << 40 }

    /// Adds a letter given by its scoring class (``LegacyTables/scoringLatin``).
    @inline(__always)
    mutating func letter(_ scoring: UInt16) {
        guard count < 8 else {
            invalid = true
            return
        }
        let base = UInt64(scoring & 0x1F)
        if base >= 30 { invalid = true }
        bases |= base << (5 * UInt64(count))
        let letterTone = UInt64((scoring >> 5) & 7)
        if letterTone != 0 {
            if tone != 0 { invalid = true }
            tone = letterTone
            toneIndex = count
        }
        let upper = scoring & 0x100 != 0
        if count == 0 {
            firstUpper = upper
            firstToned = letterTone != 0
        } else if upper {
            upperRest += 1
        } else if letterTone == 0 {
            lowerRest += 1
        }
        count += 1
    }

    /// Applies a combining mark (U+0300–U+036F) to the last letter.
    @inline(__always)
    mutating func combining(_ scalar: UInt32) {
        guard count > 0 else {
            invalid = true
            return
        }
        let shift = 5 * UInt64(count - 1)
        let base = (bases >> shift) & 31
        var newBase = base
        switch scalar {
        case 0x300, 0x301, 0x309, 0x303, 0x323:
            if tone != 0 || base > 12 { invalid = true }
            toneIndex = count - 1
            tone = scalar == 0x300 ? 1 : scalar == 0x301 ? 2 : scalar == 0x309 ? 3 : scalar == 0x303 ? 4 : 5
        case 0x302:  // circumflex: a e o → â ê ô
            switch base {
            case 1: newBase = 3
            case 4: newBase = 5
            case 7: newBase = 8
            default: invalid = true
            }
        case 0x306:  // breve: a → ă
            if base == 1 { newBase = 2 } else { invalid = true }
        case 0x31B:  // horn: o u → ơ ư
            switch base {
            case 7: newBase = 9
            case 10: newBase = 11
            default: invalid = true
            }
        default:
            invalid = true
        }
        bases = (bases & ~(31 << shift)) | newBase << shift
    }

    // Letter codes.
    private static let a: UInt64 = 1, ă: UInt64 = 2, â: UInt64 = 3, e: UInt64 = 4, ê: UInt64 = 5, i: UInt64 = 6
    private static let o: UInt64 = 7, ô: UInt64 = 8, ơ: UInt64 = 9, u: UInt64 = 10, ư: UInt64 = 11, y: UInt64 = 12
    private static let c: UInt64 = 14, g: UInt64 = 17, h: UInt64 = 18, k: UInt64 = 19, m: UInt64 = 21, n: UInt64 = 22
    private static let p: UInt64 = 23, q: UInt64 = 24, r: UInt64 = 25, t: UInt64 = 27

    /// The initial consonants, as far as the spelling rules need to tell them apart.
    private enum Onset { case none, c, g, gh, gi, k, ng, ngh, qu, other }

    /// Whether the letters make one well-formed syllable.
    var isWellFormed: Bool {
        guard !invalid, count > 0, count <= 7 else { return false }
        // Case: all lower, a capital and the rest lower, or all upper. TCVN3 has no upper-case
        // toned letters, so its capitals come with lower-case toned letters (`CHíNH`): allowed.
        if upperRest > 0 && (lowerRest > 0 || !(firstUpper || firstToned)) { return false }
        let n = count
        let letters = bases
        @inline(__always) func at(_ index: Int) -> UInt64 { index < n ? (letters >> (5 * UInt64(index))) & 31 : 0 }
        @inline(__always) func isVowel(_ code: UInt64) -> Bool { code >= 1 && code <= 12 }

        // Initial consonant.
        var i = 0
        var onset = Onset.none
        let first = at(0)
        if !isVowel(first) {
            let second = at(1)
            switch first {
            case Self.n:
                if second == Self.g {
                    if at(2) == Self.h { onset = .ngh; i = 3 } else { onset = .ng; i = 2 }
                } else if second == Self.h {
                    onset = .other; i = 2
                } else {
                    onset = .other; i = 1
                }
            case Self.c:
                if second == Self.h { onset = .other; i = 2 } else { onset = .c; i = 1 }
            case Self.g:
                if second == Self.h {
                    onset = .gh; i = 2
                } else if second == Self.i && isVowel(at(2)) {
                    onset = .gi; i = 2
                } else {
                    onset = .g; i = 1
                }
            case Self.k:
                if second == Self.h { onset = .other; i = 2 } else { onset = .k; i = 1 }
            case Self.p:
                onset = .other
                i = second == Self.h ? 2 : 1
            case Self.q:
                guard second == Self.u, isVowel(at(2)) else { return false }
                onset = .qu; i = 2
            case Self.t:
                onset = .other
                i = second == Self.h || second == Self.r ? 2 : 1
            default:
                onset = .other; i = 1
            }
        }

        // Nucleus: one to three vowels.
        let start = i
        while i < n && isVowel(at(i)) { i += 1 }
        let length = i - start
        guard length >= 1 && length <= 3 else { return false }
        let v1 = at(start), v2 = length > 1 ? at(start + 1) : 0, v3 = length > 2 ? at(start + 2) : 0
        // After gi, iê is written ê (giếng) and iêu êu (giêu): look them up as iê, iêu.
        let flags = onset == .gi && v1 == Self.ê
            ? Self.nuclei[Int(Self.i) * 169 + Int(v1) * 13 + Int(v2)]
            : Self.nuclei[Int(v1) * 169 + Int(v2) * 13 + Int(v3)]
        guard flags != 0 else { return false }

        // Final consonant.
        let rest = n - i
        var stop = false
        switch rest {
        case 0:
            guard flags & Self.open != 0 else { return false }
        case 1:
            guard flags & Self.closed != 0 else { return false }
            switch at(i) {
            case Self.c, Self.k: guard flags & Self.takesCNg != 0 else { return false }; stop = true  // k: Đắk Lắk
            case Self.p, Self.t: stop = true
            case Self.m, Self.n: break
            default: return false
            }
        case 2:
            guard flags & Self.closed != 0 else { return false }
            let f1 = at(i), f2 = at(i + 1)
            if f1 == Self.n && f2 == Self.g {
                guard flags & Self.takesCNg != 0 else { return false }
            } else if f1 == Self.n && f2 == Self.h {
                guard flags & Self.takesChNh != 0 else { return false }
            } else if f1 == Self.c && f2 == Self.h {
                guard flags & Self.takesChNh != 0 else { return false }
                stop = true
            } else {
                return false
            }
        default:
            return false
        }
        // Only sắc and nặng before a stop.
        if stop && tone != 2 && tone != 5 { return false }

        // The tone sits on the nucleus: on its shaped vowel (either of ươ), else on the last
        // vowel of a closed syllable, the middle one of three, the first of two (either of the
        // open oa, oe, uy: old and new style).
        if tone != 0 {
            let position = toneIndex - start
            guard position >= 0 && position < length else { return false }
            @inline(__always) func isShaped(_ code: UInt64) -> Bool {
                code == Self.ă || code == Self.â || code == Self.ê || code == Self.ô || code == Self.ơ || code == Self.ư
            }
            let toned = position == 0 ? v1 : position == 1 ? v2 : v3
            if isShaped(v1) || isShaped(v2) || isShaped(v3) {
                guard isShaped(toned) else { return false }
            } else if length == 3 {
                guard position == 1 else { return false }
            } else if length == 2 {
                if rest > 0 {
                    guard position == 1 else { return false }
                } else if !((v1 == Self.o && (v2 == Self.a || v2 == Self.e)) || (v1 == Self.u && v2 == Self.y)) {
                    guard position == 0 else { return false }
                }
            }
        }

        // Spelling of the initial before the nucleus.
        let frontVowel = v1 == Self.e || v1 == Self.ê || v1 == Self.i || v1 == Self.y
        // A medial u (uy, uya, uyê, uyu, uâ, uây, uê, uơ) is written qu after the k sound.
        let medialU = v1 == Self.u && (v2 == Self.y || v2 == Self.â || v2 == Self.ê || v2 == Self.ơ)
        switch onset {
        case .c: if frontVowel || medialU { return false }
        case .k: if medialU { return false }
        case .gh, .ngh: if !(v1 == Self.e || v1 == Self.ê || v1 == Self.i) { return false }
        case .g: if v1 == Self.e || v1 == Self.ê || v1 == Self.y { return false }
        case .ng: if frontVowel { return false }
        case .qu: if v1 == Self.u || v1 == Self.ư || v1 == Self.o { return false }
        case .gi: if v1 == Self.i { return false }
        case .none, .other: break
        }
        return true
    }

    // Nucleus flags.
    private static let open: UInt8 = 1, closed: UInt8 = 2, takesChNh: UInt8 = 4, takesCNg: UInt8 = 8

    /// Vowel sequence (v1 × 169 + v2 × 13 + v3) → flags; 0 for a sequence no syllable has.
    private static let nuclei: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 13 * 13 * 13)
        let codes: [Character: Int] = ["a": 1, "ă": 2, "â": 3, "e": 4, "ê": 5, "i": 6, "o": 7, "ô": 8, "ơ": 9, "u": 10, "ư": 11, "y": 12]
        func key(_ nucleus: String) -> Int {
            let values = nucleus.map { codes[$0]! } + [0, 0]
            return values[0] * 169 + values[1] * 13 + values[2]
        }
        let openOnly = "ai ao au ay âu ây eo êu ia iu oi ôi ơi ua ui uơ ưa ưi ưu iêu yêu oai oay oao oeo uây uôi uya uyu ươi ươu"
        let openOrClosed = "a e ê i o ô ơ u ư y oa oe uê uy"
        let closedOnly = "ă â oă uâ uô ươ iê yê uyê"
        let chNh: Set<String> = ["a", "ê", "i", "y", "oa", "uê", "uy"]
        let noCNg: Set<String> = ["ê", "i", "y", "uy", "uê", "ơ"]
        for nucleus in openOnly.split(separator: " ") { table[key(String(nucleus))] = open }
        for (list, base) in [(openOrClosed, open | closed), (closedOnly, closed)] {
            for nucleus in list.split(separator: " ").map(String.init) {
                var flags = base
                if chNh.contains(nucleus) { flags |= takesChNh }
                if !noCNg.contains(nucleus) { flags |= takesCNg }
                table[key(nucleus)] = flags
            }
        }
        return table
    }()
}
