/// One unit and its number inside a section reference: "mục I.1" is
/// `SectionComponent(unit: .muc, values: [.roman(1), .arabic(1)])`.
public struct SectionComponent: Sendable, Hashable {
    /// The unit word: phần, mục, trang …
    public var unit: SectionUnit
    /// The number path after the unit word, outermost first: "2.1.3" → three values, "I.1" →
    /// `[.roman(1), .arabic(1)]`, "thứ nhất" → `[.ordinal(1)]`, "cuối" → `[.last]`.
    public var values: [SectionValue]
    /// The end of a range, when the reader named one ("trang 5-7", "mục 3 đến mục 4"): the
    /// path after the dash or `đến`. Resolution uses ``values``, the start of the range.
    public var through: [SectionValue]?
    /// Where the component stands in the parsed text, unit word to last value.
    public var range: Range<String.Index>

    /// A component; `through` is the end of a range, if any.
    public init(unit: SectionUnit, values: [SectionValue], through: [SectionValue]? = nil, range: Range<String.Index>) {
        self.unit = unit
        self.values = values
        self.through = through
        self.range = range
    }

    /// The values' positions ("I.1" → [1, 1]); nil where a value is `đầu`/`cuối`.
    public var numbers: [Int?] { values.map(\.number) }
}

extension SectionComponent: CustomStringConvertible {
    /// "mục I.1", "trang 5-7", "phần thứ 1".
    public var description: String {
        var out = unit.name + " " + values.map(\.description).joined(separator: ".")
        if let through {
            out += "-" + through.map(\.description).joined(separator: ".")
        }
        return out
    }
}
