/// A place in a draft as a commenter named it: a run of adjacent components found in a text,
/// such as "Phần thứ nhất, mục I.1" or "tiểu mục 2.1 mục II phần thứ nhất".
///
/// Components are kept in the order written. Physical ones (trang, đoạn, dòng, câu) are kept
/// as evidence for people reading the comment, never to resolve.
public struct SectionReference: Sendable, Hashable {
    /// The components, in the order they were written.
    public var components: [SectionComponent]
    /// Where the reference stands in the text it was parsed from, first unit word to last value.
    /// Valid as an index range of that same string only.
    public var range: Range<String.Index>
    /// The reference as written ("Phần thứ nhất, mục I.1"), for showing to people.
    public var text: String

    /// A reference over `components`, spanning `range` of a text whose matched part is `text`.
    public init(components: [SectionComponent], range: Range<String.Index>, text: String) {
        self.components = components
        self.range = range
        self.text = text
    }

    /// The components that are levels of an outline (phần … tiết), largest first.
    public var structuralComponents: [SectionComponent] {
        components.enumerated()
            .filter { $0.element.unit.isStructural }
            .sorted { ($0.element.unit.rank, $0.offset) < ($1.element.unit.rank, $1.offset) }
            .map(\.element)
    }

    /// The physical components (trang, đoạn, dòng, câu), in the order written.
    public var physicalComponents: [SectionComponent] {
        components.filter { $0.unit.isPhysical }
    }

    /// The component of a unit, if the reference has one.
    public func component(_ unit: SectionUnit) -> SectionComponent? {
        components.first { $0.unit == unit }
    }

    /// Whether some component names a range ("trang 5-7").
    public var isRange: Bool { components.contains { $0.through != nil } }
}

extension SectionReference: CustomStringConvertible {
    /// The components, normalised: "phần thứ 1, mục II.1".
    public var description: String {
        components.map(\.description).joined(separator: ", ")
    }
}
