/// The mark a line of a report's body starts with: a bullet, or a number or letter that may
/// introduce a heading or a numbered item.
///
/// Recognised forms (the text after the mark must be separated by white space unless said
/// otherwise):
/// - bullets `-` `+` `•` `–` `—` `●` `○` `◦` `▪` `■` `►` `➢` `✓` `·`, also directly followed
///   by a letter (`-Đề nghị`), but not by a digit (`-5%` is text);
/// - `*`, likewise;
/// - Roman numerals followed by `.`, `)` or `/`: `I.`, `IV)`, `XII/`, and in lower case
///   from two numerals on (`ii.`);
/// - arabic numbers of one or two digits, possibly dotted, followed by `.`, `)` or `/`:
///   `1.`, `2)`, `3/`, `1.2.`; a dotted number without the final dot (`1.2 Về …`) only when
///   a capital follows;
/// - one lower-case letter of the Vietnamese legal alphabet (a b c d đ e g h i k l m n o p q
///   r s t u v x y) followed by `)`, `.` or `/`: `a)`, `đ)`, `b.`.
enum LineMarker: Hashable, Sendable {
    case bullet(Unicode.Scalar)
    case star
    case roman(Int)
    /// `depth` is how many numbers: `1.` is 1, `1.2.` is 2.
    case arabic(depth: Int)
    case letter(Unicode.Scalar)

    /// The level of a heading this mark introduces: smaller is outer. Roman > arabic (by
    /// depth) > letter > `*`. Bullets have none (see ``HeadingRank/bulletHeading``).
    var rank: Int {
        switch self {
        case .roman: HeadingRank.roman
        case .arabic(let depth): HeadingRank.arabic(depth: depth)
        case .letter: HeadingRank.letter
        case .star: HeadingRank.star
        case .bullet: HeadingRank.bulletHeading
        }
    }

    /// The mark at the start of `text` and the text after it (white space after the mark
    /// skipped), or nil when the line does not start with a mark.
    static func parse(_ text: String) -> (marker: LineMarker, rest: String)? {
        let scalars = text.unicodeScalars
        guard let first = scalars.first else { return nil }
        let afterFirst = scalars.index(after: scalars.startIndex)
        if bullets.contains(first.value) || first == "*" {
            let marker: LineMarker = first == "*" ? .star : .bullet(first)
            guard afterFirst < scalars.endIndex else { return (marker, "") }
            let next = scalars[afterFirst]
            if next.properties.isWhitespace { return (marker, rest(scalars, from: afterFirst)) }
            if next.properties.isAlphabetic { return (marker, String(scalars[afterFirst...])) }
            return nil
        }
        if isASCIIDigit(first) { return parseArabic(scalars) }
        if romanDigits.contains(first) { return parseRoman(scalars, lowercase: false) }
        if lowercaseRomanDigits.contains(first), let roman = parseRoman(scalars, lowercase: true) { return roman }
        if legalLetters.contains(first.value) {
            guard afterFirst < scalars.endIndex, closers.contains(scalars[afterFirst]) else { return nil }
            return separated(scalars, after: scalars.index(after: afterFirst)).map { (.letter(first), $0) }
        }
        return nil
    }

    /// `1.`, `1.2.`, `3)`, `4/`, and `1.2 Capital…`.
    private static func parseArabic(_ scalars: String.UnicodeScalarView) -> (LineMarker, String)? {
        var index = scalars.startIndex
        var depth = 0
        while true {
            var digits = 0
            while index < scalars.endIndex, isASCIIDigit(scalars[index]) {
                digits += 1
                index = scalars.index(after: index)
            }
            guard (1...2).contains(digits), index < scalars.endIndex else { return nil }
            depth += 1
            let mark = scalars[index]
            let next = scalars.index(after: index)
            if mark == "." {
                if next < scalars.endIndex, isASCIIDigit(scalars[next]) {
                    index = next
                    continue
                }
                return separated(scalars, after: next).map { (.arabic(depth: depth), $0) }
            }
            if mark == ")" || mark == "/" {
                return separated(scalars, after: next).map { (.arabic(depth: depth), $0) }
            }
            if depth >= 2, mark.properties.isWhitespace {
                let text = rest(scalars, from: index)
                return ReportText.startsWithCapital(text) ? (.arabic(depth: depth), text) : nil
            }
            return nil
        }
    }

    /// `I.`, `II)`, `IV/` … up to `L`; only numerals written the canonical way. In lower
    /// case (`ii.`, `iv.`: headings of legacy-encoded files lose their capitals) only from
    /// two numerals on, since `i.`, `v.` and `x.` are letters.
    private static func parseRoman(_ scalars: String.UnicodeScalarView, lowercase: Bool) -> (LineMarker, String)? {
        let digits = lowercase ? lowercaseRomanDigits : romanDigits
        var index = scalars.startIndex
        var numeral = ""
        while index < scalars.endIndex, digits.contains(scalars[index]), numeral.unicodeScalars.count < 8 {
            numeral.unicodeScalars.append(scalars[index])
            index = scalars.index(after: index)
        }
        guard index < scalars.endIndex, closers.contains(scalars[index]),
            !lowercase || numeral.unicodeScalars.count >= 2,
            let value = romanValue(numeral.uppercased())
        else { return nil }
        return separated(scalars, after: scalars.index(after: index)).map { (.roman(value), $0) }
    }

    /// The value of a canonical Roman numeral made of I, V, X, L ("IV" but not "IIII").
    static func romanValue(_ numeral: String) -> Int? {
        let values: [Character: Int] = ["I": 1, "V": 5, "X": 10, "L": 50]
        var total = 0
        var previous = 0
        for character in numeral.reversed() {
            guard let value = values[character] else { return nil }
            total += value < previous ? -value : value
            previous = max(previous, value)
        }
        guard total > 0, roman(total) == numeral else { return nil }
        return total
    }

    private static func roman(_ value: Int) -> String {
        let table: [(Int, String)] = [(50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]
        var rest = value
        var result = ""
        for (amount, text) in table {
            while rest >= amount {
                result += text
                rest -= amount
            }
        }
        return result
    }

    /// The text after a mark: nil unless the mark ends the line or white space follows it.
    private static func separated(_ scalars: String.UnicodeScalarView, after index: String.Index) -> String? {
        guard index < scalars.endIndex else { return "" }
        guard scalars[index].properties.isWhitespace else { return nil }
        return rest(scalars, from: index)
    }

    private static func rest(_ scalars: String.UnicodeScalarView, from index: String.Index) -> String {
        var start = index
        while start < scalars.endIndex, scalars[start].properties.isWhitespace {
            start = scalars.index(after: start)
        }
        return String(scalars[start...])
    }

    private static func isASCIIDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }

    private static let bullets: Set<UInt32> = [
        0x2D, 0x2B, 0x2022, 0x2013, 0x2014, 0x25CF, 0x25CB, 0x25E6, 0x25AA, 0x25A0, 0x25BA, 0x27A2, 0x2713, 0xB7,
    ]
    private static let romanDigits: Set<Unicode.Scalar> = ["I", "V", "X", "L"]
    private static let lowercaseRomanDigits: Set<Unicode.Scalar> = ["i", "v", "x", "l"]
    private static let closers: Set<Unicode.Scalar> = [".", ")", "/"]
    /// a b c d đ e g h i k l m n o p q r s t u v x y
    private static let legalLetters: Set<UInt32> = Set("abcdeghiklmnopqrstuvxy".unicodeScalars.map(\.value) + [0x111])
}

/// Levels of the heading stack: a heading pops every open heading of the same or a larger
/// rank before it is pushed.
enum HeadingRank {
    /// A line in capitals without a mark ("PHẦN THỨ NHẤT", "Ý KIẾN CHUNG"), in a file whose
    /// first such line came before any Roman heading: the outermost level.
    static let capitalsOuter = 0
    static let roman = 1
    /// A line in capitals without a mark, in a file whose first such line came under a
    /// Roman heading ("II. Ý KIẾN CỤ THỂ" then "PHẦN THỨ NHẤT"): between Roman and arabic.
    static let capitalsUnderRoman = 2
    /// `1.` is 3, `1.1.` is 4 … up to 10.
    static func arabic(depth: Int) -> Int { 2 + min(max(depth, 1), 8) }
    static let letter = 11
    static let star = 12
    /// A bullet item ending with `:` whose items use another bullet.
    static let bulletHeading = 20
}
