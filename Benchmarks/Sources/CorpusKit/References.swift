/// The ways commenters write a reference to a section, all naming it by its numbers
/// ("1.I.2" is Phần thứ nhất → mục I → tiểu mục 2).
enum ReferenceStyle: CaseIterable, Sendable {
    /// "Phần thứ nhất, mục I.2"
    case formal
    /// "phan I muc 1.2" (typed without diacritics; Roman part, arabic mục)
    case unaccented
    /// "Phần I, mục 1.2"
    case romanPart
    /// "phan 1 muc I.2"
    case arabicPartUnaccented
    /// "mục 2.3", only where no other part has a mục 2.3 (else written `formal`)
    case short
    /// "Phần thứ hai, mục II, tiểu mục 3"
    case spelledOut

    /// How often each style occurs.
    static let weights: [Double] = [5, 2, 2, 1, 1.5, 1]
}

/// Writes references to the sections of one outline.
struct ReferenceWriter: Sendable {
    /// "a.b" of every depth-3 section whose short form ("mục a.b") names only it.
    private let uniqueShortForms: Set<String>

    init(outline: Outline) {
        var counts: [String: Int] = [:]
        for section in outline.all where section.components.count == 3 {
            counts[Self.shortForm(section.components), default: 0] += 1
        }
        uniqueShortForms = Set(counts.filter { $0.value == 1 }.keys)
    }

    /// The reference to section `id` in `style`.
    func reference(to id: String, style: ReferenceStyle) -> String {
        let parts = id.split(separator: ".").map(String.init)
        let part = Int(parts[0]) ?? 1
        let muc = parts.count > 1 ? parts[1] : nil
        let leaf = parts.count > 2 ? parts[2] : nil
        switch style {
        case .formal:
            var text = "Phần \(Self.ordinal(part))"
            if let muc { text += ", mục \(muc)" + (leaf.map { ".\($0)" } ?? "") }
            return text
        case .unaccented:
            var text = "phan \(Self.roman(part))"
            if let muc { text += " muc \(Self.arabic(muc))" + (leaf.map { ".\($0)" } ?? "") }
            return text
        case .romanPart:
            var text = "Phần \(Self.roman(part))"
            if let muc { text += ", mục \(Self.arabic(muc))" + (leaf.map { ".\($0)" } ?? "") }
            return text
        case .arabicPartUnaccented:
            var text = "phan \(part)"
            if let muc { text += " muc \(muc)" + (leaf.map { ".\($0)" } ?? "") }
            return text
        case .short:
            guard parts.count == 3, uniqueShortForms.contains(Self.shortForm(parts)) else {
                return reference(to: id, style: .formal)
            }
            return "mục \(Self.shortForm(parts))"
        case .spelledOut:
            var text = "Phần \(Self.ordinal(part))"
            if let muc { text += ", mục \(muc)" }
            if let leaf { text += ", tiểu mục \(leaf)" }
            return text
        }
    }

    private static func shortForm(_ parts: [String]) -> String {
        "\(arabic(parts[1])).\(parts[2])"
    }

    static func ordinal(_ number: Int) -> String {
        ["thứ nhất", "thứ hai", "thứ ba", "thứ tư", "thứ năm"][max(0, min(number - 1, 4))]
    }

    static func roman(_ number: Int) -> String {
        ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"][max(0, min(number - 1, 9))]
    }

    /// "III" → "3" (the Roman numerals up to X); anything else unchanged.
    static func arabic(_ roman: String) -> String {
        let numerals = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"]
        return numerals.firstIndex(of: roman).map { String($0 + 1) } ?? roman
    }
}
