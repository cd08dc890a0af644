/// One number in a section reference, in the numeral the commenter used.
///
/// Different numerals name the same position: `.roman(1)`, `.arabic(1)`, `.ordinal(1)` and
/// `.letter("a")` all have ``number`` 1, which is what resolution compares.
public enum SectionValue: Sendable, Hashable {
    /// Arabic digits: "2" in "mục 2.1".
    case arabic(Int)
    /// An upper-case Roman numeral written right after a unit word: "II" in "phần II".
    case roman(Int)
    /// An ordinal: "thứ nhất", "thứ tư", "thu hai", "thứ 3".
    case ordinal(Int)
    /// A letter of the legal alphabet (a b c d đ e g h i k l m n o p q r s t u v x y),
    /// lower case: "đ" in "điểm đ".
    case letter(Character)
    /// "đầu": the first or opening one ("đoạn đầu").
    case first
    /// "cuối": the last or closing one ("đoạn cuối", "mục cuối").
    case last

    /// The position this value names: Roman, arabic and ordinal values are their number,
    /// a letter its place in the legal alphabet (a 1, b 2, … d 4, đ 5, e 6 … y 23).
    /// `nil` for ``first`` and ``last``.
    public var number: Int? {
        switch self {
        case .arabic(let n), .roman(let n), .ordinal(let n): n
        case .letter(let letter): LegalAlphabet.position(of: letter)
        case .first, .last: nil
        }
    }
}

extension SectionValue: CustomStringConvertible {
    /// As written in a normalised reference: "2", "II", "thứ 3", "đ", "đầu", "cuối".
    public var description: String {
        switch self {
        case .arabic(let n): String(n)
        case .roman(let n): RomanNumeral.format(n) ?? String(n)
        case .ordinal(let n): "thứ \(n)"
        case .letter(let letter): String(letter)
        case .first: "đầu"
        case .last: "cuối"
        }
    }
}

/// The 23 letters Vietnamese legal documents number points with (no f, j, w, z; đ after d).
enum LegalAlphabet {
    static let letters: [Character] = [
        "a", "b", "c", "d", "đ", "e", "g", "h", "i", "k", "l", "m",
        "n", "o", "p", "q", "r", "s", "t", "u", "v", "x", "y",
    ]

    /// 1-based position of a lower-case letter, or nil if it is not in the alphabet.
    static func position(of letter: Character) -> Int? {
        letters.firstIndex(of: letter).map { $0 + 1 }
    }

    /// The letter for a folded ASCII lower-case byte (never đ, which folds to d).
    static func asciiLetter<Byte: BinaryInteger>(_ byte: Byte) -> Character? {
        switch byte {
        case 0x66, 0x6A, 0x77, 0x7A: nil  // f j w z
        case 0x61...0x7A: Character(Unicode.Scalar(UInt8(byte)))
        default: nil
        }
    }
}

/// Roman numerals in their standard (subtractive) form.
enum RomanNumeral {
    /// The value of an upper-case Roman numeral in standard form ("XIV" → 14), or nil for
    /// anything else ("IIII", "IC", "xiv").
    static func parse(_ text: Substring) -> Int? {
        guard !text.isEmpty, text.utf8.count <= 15 else { return nil }
        var total = 0
        var previous = 0
        for byte in text.utf8.reversed() {
            let value: Int
            switch byte {
            case UInt8(ascii: "I"): value = 1
            case UInt8(ascii: "V"): value = 5
            case UInt8(ascii: "X"): value = 10
            case UInt8(ascii: "L"): value = 50
            case UInt8(ascii: "C"): value = 100
            case UInt8(ascii: "D"): value = 500
            case UInt8(ascii: "M"): value = 1000
            default: return nil
            }
            if value < previous {
                total -= value
            } else {
                total += value
                previous = value
            }
        }
        // Only the standard spelling: the value must format back to the same text.
        guard let canonical = format(total), canonical.utf8.elementsEqual(text.utf8) else { return nil }
        return total
    }

    /// The standard Roman numeral for 1…3999.
    static func format(_ value: Int) -> String? {
        guard (1...3999).contains(value) else { return nil }
        let table: [(Int, String)] = [
            (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
            (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
        ]
        var rest = value
        var out = ""
        for (amount, letters) in table {
            while rest >= amount {
                out += letters
                rest -= amount
            }
        }
        return out
    }
}
