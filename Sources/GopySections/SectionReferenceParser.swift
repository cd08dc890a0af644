/// Finds the section references in a text: "Phần thứ nhất, mục I.1", "phan II muc 3.1",
/// "tiểu mục 2.1 mục II phần thứ nhất", "điểm đ khoản 1 Điều 51", "trang 5-7".
///
/// What counts:
/// - A component is a unit word (phần, chương, mục, tiểu mục, điều, khoản, điểm, tiết, ý,
///   gạch đầu dòng; trang, đoạn, dòng, câu) followed by a value: arabic digits and dotted paths
///   (2, 2.1, 2.1.3, I.1, II.3.a), an upper-case Roman numeral, an ordinal (`thứ nhất` …
///   `thứ mười`, `thứ 3`), `đầu`/`cuối`, or a letter of the legal alphabet (after mục, tiểu mục,
///   điểm, tiết, ý and gạch đầu dòng only, or inside a path).
/// - A reference is a run of components separated only by spaces, `,` `:` `-` `(` `)` or the
///   words `của`, `thuộc`, `trong`, `tại`, `ở`; a repeated unit, a line break, `;` or `.`
///   starts a new one.
/// - Words match with their proper diacritics or with none at all, in any case, NFC or NFD:
///   "PHẦN THỨ NHẤT", "phan thu nhat". A word with other marks is another word ("mức 2" is not
///   "mục 2"). `đầu`/`cuối` also need a mark on the unit or on themselves, since unaccented
///   "phan dau" is far more often "phấn đấu" than "phần đầu".
/// - Not references: "ý kiến", "mục tiêu", "phần lớn", "một phần", "giai đoạn 2021-2025",
///   "quan điểm thứ hai", "Đại hội XIV", "khóa XIII", "lần thứ XVII", numbers followed by `%`
///   or a measure ("muc 2 trieu dong" is "mức 2 triệu đồng"), numbers of more than three
///   digits, and document numbers ("35-CT/TW", "30/2020/NĐ-CP", "Số: 125-BC/HU").
/// - Ranges ("trang 5-7", "mục 3 đến mục 4", "mục I - II") are parsed into one component
///   with ``SectionComponent/through``; a ``SectionResolver`` resolves them to their start.
public enum SectionReferenceParser {
    /// Every reference in `text`, in the order they occur. Each keeps its range in `text`.
    public static func parse(_ text: String) -> [SectionReference] {
        let tokens = SectionTokenizer.tokens(of: text)
        guard !tokens.isEmpty else { return [] }
        return ReferenceScanner(text: text, tokens: tokens).references()
    }
}

/// One pass over the tokens of a text.
struct ReferenceScanner {
    let text: String
    let tokens: [SectionToken]

    private typealias Vocabulary = SectionVocabulary

    func references() -> [SectionReference] {
        var found: [SectionReference] = []
        var i = 0
        while i < tokens.count {
            guard let first = component(at: i, inRun: false) else {
                i += 1
                continue
            }
            var components = [first.component]
            var units: Set<SectionUnit> = [first.component.unit]
            var next = first.next
            run: while next < tokens.count {
                var k = next
                guard Gap.joins(gap(after: k - 1)) else { break }
                while isConnector(k) {
                    k += 1
                    guard k < tokens.count, Gap.isSpace(gap(after: k - 1)) else { break run }
                }
                guard let more = component(at: k, inRun: true), !units.contains(more.component.unit) else { break }
                components.append(more.component)
                units.insert(more.component.unit)
                next = more.next
            }
            let range = components[0].range.lowerBound..<components[components.count - 1].range.upperBound
            found.append(SectionReference(components: components, range: range, text: String(text[range])))
            i = next
        }
        return found
    }

    // MARK: Components

    private struct Parsed {
        var component: SectionComponent
        /// The index of the first token after the component.
        var next: Int
    }

    /// A value path and the index of its last token.
    private struct Values {
        var values: [SectionValue]
        var last: Int
    }

    /// The component starting at token `i`, if a unit word with a value stands there.
    /// `inRun`: whether it continues a reference (then the word before it is not checked).
    private func component(at i: Int, inRun: Bool) -> Parsed? {
        guard let unit = unitWord(at: i) else { return nil }
        if !inRun && isBlocked(unit.unit, at: i) { return nil }
        let v = unit.last + 1
        guard v < tokens.count, Gap.isSpace(gap(after: unit.last)),
            let value = value(at: v, unit: unit.unit, unitMarked: unit.marked)
        else { return nil }
        var last = value.last
        var through: [SectionValue]?
        if let end = rangeEnd(after: value.last, unit: unit.unit, unitMarked: unit.marked) {
            through = end.values
            last = end.last
        }
        let component = SectionComponent(
            unit: unit.unit, values: value.values, through: through, range: tokens[i].start..<tokens[last].end)
        return Parsed(component: component, next: last + 1)
    }

    private struct UnitMatch {
        var unit: SectionUnit
        /// Index of the unit's last word.
        var last: Int
        /// Whether any of its words carries diacritics.
        var marked: Bool
    }

    private func unitWord(at i: Int) -> UnitMatch? {
        let code = tokens[i].code
        guard code != 0, Vocabulary.unitFirstCodes.contains(code) else { return nil }
        entries: for entry in Vocabulary.units where entry.words[0].code == code {
            var marked = false
            for (offset, word) in entry.words.enumerated() {
                let k = i + offset
                guard k < tokens.count, offset == 0 || Gap.isSpace(gap(after: k - 1)), matches(k, word) else {
                    continue entries
                }
                marked = marked || tokens[k].hasMarks
            }
            return UnitMatch(unit: entry.unit, last: i + entry.words.count - 1, marked: marked)
        }
        return nil
    }

    /// Whether the word right before a unit word makes it something else ("giai đoạn").
    private func isBlocked(_ unit: SectionUnit, at i: Int) -> Bool {
        guard i > 0, Gap.isSpace(gap(after: i - 1)) else { return false }
        let previous = tokens[i - 1]
        if previous.isDigits { return Vocabulary.notAfterNumber.contains(unit) }
        return Vocabulary.notAfter[unit]?.contains(previous.code) ?? false
    }

    /// The value after a unit word: an ordinal, a position, or a path.
    private func value(at j: Int, unit: SectionUnit, unitMarked: Bool) -> Values? {
        if matches(j, Vocabulary.ordinalMarker) {
            guard j + 1 < tokens.count, Gap.isSpace(gap(after: j)) else { return nil }
            return ordinal(at: j + 1)
        }
        if let position = position(at: j, unitMarked: unitMarked) { return Values(values: [position], last: j) }
        return path(at: j, unit: unit)
    }

    /// "nhất", "tư", "mười hai", "3", "II" after "thứ".
    private func ordinal(at k: Int) -> Values? {
        if let number = number(at: k) { return Values(values: [.ordinal(number)], last: k) }
        if tokens[k].isDigits { return nil }
        if matches(k, Vocabulary.ten), k + 1 < tokens.count, Gap.isSpace(gap(after: k)),
            let unit = word(at: k + 1, in: Vocabulary.afterTen)
        {
            return Values(values: [.ordinal(10 + unit)], last: k + 1)
        }
        guard let value = word(at: k, in: Vocabulary.ordinals) else { return nil }
        return Values(values: [.ordinal(value)], last: k)
    }

    /// "đầu" or "cuối", when the unit or the word itself carries marks.
    private func position(at j: Int, unitMarked: Bool) -> SectionValue? {
        let token = tokens[j]
        guard unitMarked || token.hasMarks else { return nil }
        if matches(j, Vocabulary.last) { return .last }
        guard matches(j, Vocabulary.first) else { return nil }
        if j + 1 < tokens.count, Gap.isSpace(gap(after: j)),
            Vocabulary.notAfterFirst.contains(tokens[j + 1].code)
        {
            return nil
        }
        return .first
    }

    /// A dotted path of numbers, Roman numerals and letters: "2", "2.1.3", "I.1", "II.3.a", "đ".
    private func path(at j: Int, unit: SectionUnit) -> Values? {
        guard let first = element(at: j, first: true, unit: unit) else { return nil }
        var values = [first]
        var last = j
        while last + 1 < tokens.count, Gap.isPathDot(gap(after: last)),
            let next = element(at: last + 1, first: false, unit: unit)
        {
            values.append(next)
            last += 1
        }
        if isQuantityOrDocumentNumber(after: last, unit: unit) { return nil }
        return Values(values: values, last: last)
    }

    /// One element of a path.
    private func element(at k: Int, first: Bool, unit: SectionUnit) -> SectionValue? {
        let token = tokens[k]
        if token.isDigits {
            return number(at: k).map(SectionValue.arabic)
        }
        if token.isUpper && !token.hasMarks, !isSingleLetterOnlyLetter(token),
            let roman = RomanNumeral.parse(text[token.start..<token.end])
        {
            return .roman(roman)
        }
        if first && !unit.acceptsLetter { return nil }
        if token.isDStroke { return .letter("đ") }
        guard !token.hasMarks, token.length == 1, let letter = LegalAlphabet.asciiLetter(token.code) else {
            return nil
        }
        return .letter(letter)
    }

    /// "C", "D", "L", "M" alone are letters (điểm c), not Roman 100, 500, 50, 1000.
    private func isSingleLetterOnlyLetter(_ token: SectionToken) -> Bool {
        switch token.code {
        case 0x63, 0x64, 0x6C, 0x6D: true  // c d l m
        default: false
        }
    }

    /// A number 1…999 written without a leading zero.
    private func number(at k: Int) -> Int? {
        let token = tokens[k]
        if token.isDigits {
            // Digits are packed first one lowest: "51" is 0x31_35.
            guard token.length <= 3, token.code & 0xFF != 0x30 else { return nil }
            var value = 0
            var code = token.code
            while code != 0 {
                value = value * 10 + Int(code & 0xFF) - 0x30
                code >>= 8
            }
            return value
        }
        guard token.isUpper, !token.hasMarks else { return nil }
        return RomanNumeral.parse(text[token.start..<token.end])
    }

    /// Whether what follows a path makes it a quantity or a document number instead:
    /// "5%", "2,5", "2.000", "2 triệu", "35-CT/TW", "30/2020/NĐ-CP".
    private func isQuantityOrDocumentNumber(after last: Int, unit: SectionUnit) -> Bool {
        let after = gap(after: last)
        guard let first = after.unicodeScalars.first else { return false }
        switch first {
        case "/", "%", "‰", "\\": return true
        default: break
        }
        guard last + 1 < tokens.count else { return false }
        let next = tokens[last + 1]
        if after == "." || after == "," { return next.isDigits }
        if after == "-" || after == "–" {
            // "5-7" is a range; "35-CT" a document number.
            return element(at: last + 1, first: false, unit: unit) == nil
        }
        if tokens[last].isDigits && Gap.isSpace(after) {
            // "muc 2 trieu dong" is "mức 2 triệu đồng"; "muc 2 phan tram" "mức 2 phần trăm".
            if Vocabulary.measures.contains(next.code) { return true }
            if next.code == Vocabulary.percentFirst, last + 2 < tokens.count,
                tokens[last + 2].code == Vocabulary.percentSecond
            {
                return true
            }
        }
        return false
    }

    /// The end of a range after a value: "-7", "– II", "đến mục 4", "tới trang 9".
    private func rangeEnd(after last: Int, unit: SectionUnit, unitMarked: Bool) -> Values? {
        let k = last + 1
        guard k < tokens.count else { return nil }
        let between = gap(after: last)
        if Gap.isDash(between) {
            return path(at: k, unit: unit)
        }
        guard Gap.isSpace(between) || Gap.trimmed(between) == ",", matches(k, any: Vocabulary.rangeWords),
            k + 1 < tokens.count, Gap.isSpace(gap(after: k))
        else { return nil }
        var v = k + 1
        var marked = unitMarked
        if let again = unitWord(at: v) {
            guard again.unit == unit, again.last + 1 < tokens.count, Gap.isSpace(gap(after: again.last)) else {
                return nil
            }
            v = again.last + 1
            marked = marked || again.marked
        }
        return value(at: v, unit: unit, unitMarked: marked)
    }

    // MARK: Words and gaps

    /// The original text between token `i` and the next one (or the end of the text).
    private func gap(after i: Int) -> Substring {
        let end = i + 1 < tokens.count ? tokens[i + 1].start : text.endIndex
        return text[tokens[i].end..<end]
    }

    private func isConnector(_ k: Int) -> Bool {
        k < tokens.count && matches(k, any: Vocabulary.connectors)
    }

    private func matches(_ k: Int, any words: [VocabularyWord]) -> Bool {
        words.contains { matches(k, $0) }
    }

    /// The value of the word at `k` in a table of words.
    private func word(at k: Int, in table: [(VocabularyWord, Int)]) -> Int? {
        table.first { matches(k, $0.0) }?.1
    }

    /// Whether token `k` is `word`, written with its own diacritics or none.
    private func matches(_ k: Int, _ word: VocabularyWord) -> Bool {
        let token = tokens[k]
        guard token.code == word.code else { return false }
        guard token.hasMarks else { return true }
        if token.isPlainLower { return text[token.start..<token.end] == word.marked }
        return marked(token) == word.marked
    }

    /// The token lower-cased with its marks, invisible characters dropped, `ð` read as `đ`.
    /// Compared with `==`, which treats NFC and NFD alike.
    private func marked(_ token: SectionToken) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars[token.start..<token.end] {
            if SectionTokenizer.isIgnorable(scalar.value) { continue }
            switch scalar.value {
            case 0x00D0, 0x00F0, 0x0110: out.append("\u{0111}")
            default: out.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            }
        }
        return String(out)
    }
}

/// What the characters between two tokens allow.
enum Gap {
    /// Spaces and tabs only (no line break): between a unit word and its value.
    static func isSpace(_ gap: Substring) -> Bool {
        var any = false
        for scalar in gap.unicodeScalars {
            if SectionTokenizer.isIgnorable(scalar.value) { continue }
            guard isInlineSpace(scalar) else { return false }
            any = true
        }
        return any
    }

    /// Exactly one dot: inside a path ("I.1").
    static func isPathDot(_ gap: Substring) -> Bool {
        gap == "."
    }

    /// A dash between two values, with or without spaces: "5-7", "I – II".
    static func isDash(_ gap: Substring) -> Bool {
        switch trimmed(gap) {
        case "-", "–", "—": true
        default: false
        }
    }

    /// Whether two components on either side may belong to one reference: spaces and
    /// `, : - – — ( ) [ ]`; not a line break, `;` or `.`.
    static func joins(_ gap: Substring) -> Bool {
        for scalar in gap.unicodeScalars {
            if isInlineSpace(scalar) || SectionTokenizer.isIgnorable(scalar.value) { continue }
            switch scalar {
            case ",", ":", "-", "–", "—", "(", ")", "[", "]": continue
            default: return false
            }
        }
        return true
    }

    /// The gap without surrounding spaces.
    static func trimmed(_ gap: Substring) -> Substring {
        var slice = gap.unicodeScalars[...]
        while let first = slice.first, isInlineSpace(first) { slice = slice.dropFirst() }
        while let last = slice.last, isInlineSpace(last) { slice = slice.dropLast() }
        return Substring(slice)
    }

    private static func isInlineSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09, 0xA0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }
}
