import GopyModel
import GopyText

/// Resolves section references against one draft's outline, by number.
///
/// A section id is the path of the draft's own numbers ("1.I.1" = Phần thứ nhất → mục I →
/// tiểu mục 1). A reference names the same path whatever numerals it uses: Roman, arabic
/// and ordinal values compare by number, letters by their place in the legal alphabet, so
/// "Phần thứ nhất, mục I.1", "phần I, mục 1.1" and "phan 1 muc I.1" all resolve to "1.I.1".
///
/// The rules:
/// - Only the structural components count (phần … tiết), sorted largest first. `ý`,
///   `gạch đầu dòng` and the physical units (trang, đoạn, dòng, câu) are ignored: "mục I.1,
///   gạch đầu dòng thứ 2" resolves to the section of mục I.1.
/// - `phần` (or `chương` when there is no `phần`) names the top level; the other components'
///   values continue the path below it. A lower unit whose path repeats the one above it is
///   read as the full path ("mục II, tiểu mục 2.1" → II.1); a lone `tiểu mục N` under no
///   `mục` matches item N of any mục.
/// - Without a top-level component the path is matched below the top level and resolves only
///   when exactly one section matches ("mục 2.3" is ambiguous if two parts have a 2.3). Such a
///   reference must start at `mục` or `tiểu mục`; one that starts at `điều` matches the
///   outline's articles (sections titled "Điều …") at any depth, and only those, since laws
///   number articles through the whole text and comments cite laws far more often than a
///   report's own articles ("theo Điều 5 Luật Đất đai"). `khoản`, `điểm` or `tiết` with no
///   larger unit resolve to nil: "đạt điểm 9" names nothing.
/// - Every component must match: a path deeper than the outline resolves to nil.
/// - `đầu`/`cuối` name the first/last section at their level ("Phần II, mục cuối"); on `phần`
///   they are too vague ("phần đầu" is usually the opening of the text) and are ignored.
/// - A range resolves to its start ("mục 3 đến mục 4" → mục 3).
public struct SectionResolver: Sendable {
    /// The outline as a flat tree; index 0 is a virtual root above the top-level sections.
    private let nodes: [Node]
    /// The sections titled "Điều …" (articles), in outline order.
    private let articles: [Int]

    private struct Node: Sendable {
        let id: String
        /// The position the id's last component names, or nil if it is not a number.
        let number: Int?
        let children: [Int]
    }

    /// One step of a number path.
    private enum Step: Equatable {
        case number(Int)
        /// Any section at this level (the mục above a lone tiểu mục).
        case any
        case first
        case last
    }

    /// A resolver over `draft`'s outline. Does all the preparation resolution needs.
    public init(draft: Draft) {
        var nodes: [Node] = [Node(id: "", number: nil, children: [])]
        var children: [[Int]] = [[]]
        func add(_ sections: [OutlineSection], under parent: Int) {
            for section in sections {
                let index = nodes.count
                let last = section.id.split(separator: ".").last ?? ""
                nodes.append(Node(id: section.id, number: Self.number(ofIDComponent: last), children: []))
                children.append([])
                children[parent].append(index)
                add(section.sections, under: index)
            }
        }
        add(draft.sections, under: 0)
        self.nodes = nodes.enumerated().map { index, node in
            Node(id: node.id, number: node.number, children: children[index])
        }
        // `allSections` is depth first like `add`: section i is node i + 1.
        let sections = draft.allSections
        self.articles = sections.indices.filter { Folding.words(sections[$0].title).hasPrefix("dieu ") }.map { $0 + 1 }
    }

    /// The id of the section `reference` names, or nil when it names none, names one the
    /// outline does not have, or could name several.
    ///
    /// `context` is the section the text around the reference is about (the heading above a
    /// report's item, say "Phần thứ nhất"): a reference that does not name its part ("Mục II",
    /// "tiểu mục II.1") is first looked for inside the context's part, then, when nothing
    /// matches there, in the whole outline.
    public func resolve(_ reference: SectionReference, context: String? = nil) -> String? {
        guard let plan = plan(for: reference) else { return nil }
        if plan.start == .belowTop, let context, let top = topIndex(of: context) {
            if let found = resolve(plan, start: .below(top)) { return found }
        }
        return resolve(plan, start: plan.start)
    }

    private func resolve(_ plan: Plan, start: Start) -> String? {
        for path in plan.paths {
            switch walk(path, from: start) {
            case .one(let index): return nodes[index].id
            case .several: return nil
            case .none: continue
            }
        }
        return nil
    }

    /// The node of the top-level section that holds the section `id`.
    private func topIndex(of id: String) -> Int? {
        let top = id.split(separator: ".").first.map(String.init) ?? id
        return nodes[0].children.first { nodes[$0].id == top }
    }

    /// The section named by the first reference in `text` that resolves, if any (see
    /// ``resolve(_:context:)`` for `context`).
    public func resolve(text: String, context: String? = nil) -> String? {
        resolveFirst(in: text, context: context)?.section
    }

    /// The first reference in `text` that resolves, with the section it names: for callers
    /// that show or strip the reference ("Tại mục I.1: …").
    public func resolveFirst(in text: String, context: String? = nil) -> (section: String, reference: SectionReference)? {
        for reference in SectionReferenceParser.parse(text) {
            if let section = resolve(reference, context: context) { return (section, reference) }
        }
        return nil
    }

    // MARK: Planning

    private struct Plan {
        var start: Start
        /// Paths to try in order; the next is tried only when one matches nothing.
        var paths: [[Step]]
    }

    private func plan(for reference: SectionReference) -> Plan? {
        let structural = reference.structuralComponents
        guard !structural.isEmpty else { return nil }
        func has(_ unit: SectionUnit) -> Bool { structural.contains { $0.unit == unit } }
        let anchorUnit: SectionUnit? = has(.phan) ? .phan : has(.chuong) ? .chuong : nil
        let hasMuc = has(.muc)

        var anchor: [Step] = []
        var below: [Step] = []
        var alternative: [Step]?
        for component in structural {
            let steps = component.values.map(Self.step)
            if component.unit == anchorUnit {
                // "phần đầu", "phần cuối": too vague to name a part.
                if steps.allSatisfy({ if case .number = $0 { true } else { false } }) { anchor = steps }
                continue
            }
            if component.unit == .tieuMuc && !hasMuc && below.isEmpty && steps.count == 1 {
                below = [.any] + steps
            } else if steps.count > below.count, !below.isEmpty, steps.starts(with: below) {
                alternative = (alternative ?? below) + steps
                below = steps
            } else {
                alternative = alternative.map { $0 + steps }
                below += steps
            }
        }
        let start: Start
        if !anchor.isEmpty {
            start = .top
        } else {
            // The largest unit says where an unanchored path starts.
            switch structural.first(where: { $0.unit != anchorUnit })?.unit {
            case .muc, .tieuMuc: start = .belowTop
            case .dieu where !articles.isEmpty: start = .articles
            default: return nil
            }
        }
        var paths = [anchor + below]
        if let alternative { paths.append(anchor + alternative) }
        return Plan(start: start, paths: paths)
    }

    private static func step(_ value: SectionValue) -> Step {
        switch value {
        case .first: .first
        case .last: .last
        default: value.number.map(Step.number) ?? .any
        }
    }

    // MARK: Walking the outline

    private enum Outcome {
        case none
        case one(Int)
        case several
    }

    /// Where a path starts.
    private enum Start: Equatable {
        /// At the top level (the reference names its phần or chương).
        case top
        /// At the level below the top (mục …).
        case belowTop
        /// At the articles, wherever they stand; the first step is the article's number.
        case articles
        /// Below one given section (a top-level one the context names).
        case below(Int)
    }

    /// Follows `path` through the outline from `start`.
    private func walk(_ path: [Step], from start: Start) -> Outcome {
        var parents: [Int]
        var steps = path[...]
        switch start {
        case .top: parents = [0]
        case .belowTop: parents = nodes[0].children
        case .below(let index): parents = [index]
        case .articles:
            guard case .number(let n)? = steps.first else { return .none }
            parents = articles.filter { nodes[$0].number == n }
            steps = steps.dropFirst()
            if parents.isEmpty { return .none }
        }
        for step in steps {
            var next: [Int] = []
            for parent in parents {
                let children = nodes[parent].children
                switch step {
                case .number(let n): next.append(contentsOf: children.lazy.filter { nodes[$0].number == n })
                case .any: next.append(contentsOf: children)
                case .first: if let first = children.first { next.append(first) }
                case .last: if let last = children.last { next.append(last) }
                }
            }
            if next.isEmpty { return .none }
            parents = next
        }
        return parents.count == 1 ? .one(parents[0]) : .several
    }

    /// The position one component of a section id names: "3" → 3, "IV" → 4, "b" → 2, "đ" → 5;
    /// nil for anything else ("mo-dau").
    static func number(ofIDComponent component: Substring) -> Int? {
        guard let first = component.unicodeScalars.first else { return nil }
        if component.utf8.allSatisfy({ (0x30...0x39).contains($0) }) {
            guard component.utf8.count <= 9 else { return nil }
            return Int(component)
        }
        if component.unicodeScalars.count == 1 {
            switch first {
            case "I": return 1
            case "V": return 5
            case "X": return 10
            case "đ", "Đ": return LegalAlphabet.position(of: "đ")
            default:
                let lower = first.value | ((0x41...0x5A).contains(first.value) ? 0x20 : 0)
                return LegalAlphabet.asciiLetter(lower).flatMap(LegalAlphabet.position(of:))
            }
        }
        return RomanNumeral.parse(component)
    }
}
