import Foundation
import GopyModel
import Yams

extension ConfigLoader {
    /// The word that places a comment on the whole document rather than a section.
    public static let wholeDocument = "document"

    /// Reads `config/placements.yaml`:
    ///
    /// ```yaml
    /// placements:
    ///   - comment: C-1619730ea9a15eed      # or: point: P-…
    ///     section: "2.III.1"               # or: document (the whole document)
    ///     by: "Nguyễn Văn An, Tổ Biên tập"
    ///     at: "2026-11-20"
    ///     note: "nói về cà phê đặc sản"     # optional
    /// ```
    /// Every section must be in one of `drafts`; an id may be placed once.
    public static func parsePlacements(_ yaml: String, file: String, drafts: [Draft]) throws(ConfigError) -> [Placement] {
        let reader = YAMLReader(file: file)
        guard let root = try reader.root(of: yaml), !reader.isNull(root) else { return [] }
        let fields = try reader.mapping(root, "placements.yaml", allowed: ["placements"])
        let sections = Set(drafts.flatMap { $0.allSections.map(\.id) })
        var seen: [String: Int] = [:]
        var result: [Placement] = []
        for item in try fields.list("placements") {
            let entry = try reader.mapping(item, "a placement", allowed: ["comment", "point", "section", "by", "at", "note"])
            let comment = try entry.optionalText("comment")
            let point = try entry.optionalText("point")
            let target: Placement.Target
            switch (comment, point) {
            case (let c?, nil): target = .comment(c)
            case (nil, let p?): target = .point(p)
            default: throw reader.error("a placement names one comment or one point (\"comment:\" or \"point:\")", at: item)
            }
            let section = try entry.requiredText("section")
            if section.text != wholeDocument && !sections.contains(section.text) {
                throw reader.error("section \"\(section.text)\" is in no draft's outline (or write \"\(wholeDocument)\" for the whole document)", at: section.node)
            }
            let by = try entry.requiredText("by")
            let at = try entry.requiredText("at")
            if let first = seen[target.id] {
                throw reader.error("\(target.id) is placed twice (first on line \(first))", at: item)
            }
            seen[target.id] = line(of: item)
            result.append(Placement(
                target: target, section: section.text == wholeDocument ? nil : section.text,
                by: by.text, at: at.text, note: try entry.optionalText("note"), line: line(of: item)
            ))
        }
        return result
    }

    /// `config/placements.yaml` read from a config folder; none when the file is absent.
    public static func loadPlacements(directory: String, drafts: [Draft]) throws(ConfigError) -> [Placement] {
        let path = joined(directory, "placements.yaml")
        guard FileManager.default.fileExists(atPath: path) else { return [] }
        let file = try readFile(path)
        return try parsePlacements(file.text, file: file.path, drafts: drafts)
    }
}
