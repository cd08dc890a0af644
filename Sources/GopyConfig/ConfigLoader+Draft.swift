import GopyModel
import Yams

extension ConfigLoader {
    /// The draft, and the node of its `id` for errors found later.
    static func readDraft(_ yaml: String, file: String) throws(ConfigError) -> (draft: Draft, idNode: Node) {
        let reader = YAMLReader(file: file)
        guard let root = try reader.root(of: yaml), !reader.isNull(root) else {
            throw ConfigError(file: file, message: "the draft file is empty (expected id, title and sections)")
        }
        let fields = try reader.mapping(root, "the draft", allowed: ["id", "title", "round", "sections"])
        let id = try fields.requiredText("id")
        let expected = fileStem(file)
        if id.text != expected {
            throw reader.error(
                "draft id \"\(id.text)\" differs from its file name (expected \"\(expected)\": a draft's file is drafts/<id>.yaml)",
                at: id.node)
        }
        let title = try fields.requiredText("title")

        var round: Int?
        if let node = fields.optional("round") {
            let text = try reader.text(node, "\"round\"") ?? ""
            guard text.utf8.allSatisfy({ (0x30...0x39).contains($0) }), let value = Int(text), value > 0 else {
                throw reader.error("round must be a positive integer, not \"\(text)\"", at: node)
            }
            round = value
        }

        let sectionsNode = try fields.required("sections")
        var seen: [String: Int] = [:]
        let sections = try readSections(sectionsNode, parent: nil, reader: reader, seen: &seen)
        if sections.isEmpty {
            throw reader.error("the draft has no sections", at: sectionsNode)
        }
        return (Draft(id: id.text, title: title.text, round: round, sections: sections), id.node)
    }

    private static func readSections(
        _ node: Node, parent: String?, reader: YAMLReader, seen: inout [String: Int]
    ) throws(ConfigError) -> [OutlineSection] {
        var result: [OutlineSection] = []
        for item in try reader.sequence(node, "\"sections\"") {
            let entry = try reader.mapping(item, "a section", allowed: ["id", "title", "keywords", "text", "sections"])
            let id = try entry.requiredText("id")
            try checkSectionID(id.text, parent: parent, at: id.node, reader: reader)
            if let first = seen[id.text] {
                throw reader.error("duplicate section id \"\(id.text)\" (first on line \(first))", at: id.node)
            }
            seen[id.text] = line(of: id.node)
            let title = try entry.requiredText("title")
            let keywords = try entry.textList("keywords").map(\.text)
            let text = try entry.optionalText("text")
            let children = try entry.optional("sections").map { child throws(ConfigError) in
                try readSections(child, parent: id.text, reader: reader, seen: &seen)
            } ?? []
            result.append(OutlineSection(id: id.text, title: title.text, keywords: keywords, text: text, sections: children))
        }
        return result
    }

    /// A section id is its parent's id plus one more dot-separated component ("1.I.1" under
    /// "1.I"); a top-level id is one component. Components are non-empty, without spaces.
    private static func checkSectionID(_ id: String, parent: String?, at node: Node, reader: YAMLReader) throws(ConfigError) {
        let components = id.split(separator: ".", omittingEmptySubsequences: false)
        if components.contains(where: { $0.isEmpty || $0.unicodeScalars.contains { $0.properties.isWhitespace } }) {
            throw reader.error(
                "section id \"\(id)\" must be numbers separated by single dots, without spaces (e.g. \"1.I.1\")", at: node)
        }
        guard let parent else {
            if components.count != 1 {
                throw reader.error("top-level section id \"\(id)\" must have one component (e.g. \"1\"), it has \(components.count)", at: node)
            }
            return
        }
        guard id.hasPrefix(parent + "."), components.count == parent.split(separator: ".").count + 1 else {
            throw reader.error("section id \"\(id)\" under \"\(parent)\" must be \"\(parent).<number>\"", at: node)
        }
    }

    /// The file's name without its folder and its `.yaml`/`.yml` extension.
    static func fileStem(_ path: String) -> String {
        var name = Substring(path)
        if let slash = name.lastIndex(of: "/") { name = name[name.index(after: slash)...] }
        for ext in [".yaml", ".yml"] where name.hasSuffix(ext) {
            return String(name.dropLast(ext.count))
        }
        return String(name)
    }
}
