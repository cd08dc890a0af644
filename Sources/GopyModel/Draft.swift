/// One draft document and its outline (`config/drafts/<id>.yaml`).
public struct Draft: Codable, Sendable, Hashable {
    /// Stable id, e.g. `bcct-xvii`.
    public var id: String
    public var title: String
    /// Which round of comments (lần), when the config says.
    public var round: Int?
    /// Top-level sections (Phần …).
    public var sections: [OutlineSection]

    public init(id: String, title: String, round: Int? = nil, sections: [OutlineSection]) {
        self.id = id
        self.title = title
        self.round = round
        self.sections = sections
    }

    /// Every section, depth first, in the draft's own order.
    public var allSections: [OutlineSection] {
        var result: [OutlineSection] = []
        func walk(_ list: [OutlineSection]) {
            for section in list {
                result.append(section)
                walk(section.sections)
            }
        }
        walk(sections)
        return result
    }

    /// The sections with no subsections, in the draft's order.
    public var leafSections: [OutlineSection] { allSections.filter { $0.sections.isEmpty } }

    /// The section with this id, if the outline has one.
    public func section(id: String) -> OutlineSection? {
        allSections.first { $0.id == id }
    }

    /// The ids of a section's ancestors, outermost first, and the section's own id last.
    public func path(to id: String) -> [OutlineSection] {
        func find(_ list: [OutlineSection], _ trail: [OutlineSection]) -> [OutlineSection]? {
            for section in list {
                let here = trail + [section]
                if section.id == id { return here }
                if let found = find(section.sections, here) { return found }
            }
            return nil
        }
        return find(sections, []) ?? []
    }
}

/// A section of a draft's outline. Its id is the dot-separated path of its numbers as the
/// draft numbers them: "1.I.1" is Phần thứ nhất → mục I → tiểu mục 1.
public struct OutlineSection: Codable, Sendable, Hashable {
    public var id: String
    public var title: String
    public var keywords: [String]
    /// The draft's own wording of this section, when the config holds it.
    public var text: String?
    public var sections: [OutlineSection]

    public init(id: String, title: String, keywords: [String] = [], text: String? = nil, sections: [OutlineSection] = []) {
        self.id = id
        self.title = title
        self.keywords = keywords
        self.text = text
        self.sections = sections
    }

    /// The components of the id: "1.I.1" → ["1", "I", "1"].
    public var idComponents: [String] { id.split(separator: ".").map(String.init) }
}
