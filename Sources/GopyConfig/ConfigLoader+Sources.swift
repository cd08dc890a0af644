import GopyModel
import GopyText
import Yams

extension ConfigLoader {
    static func readSources(_ yaml: String, file: String) throws(ConfigError) -> SourceCatalog {
        let reader = YAMLReader(file: file)
        guard let root = try reader.root(of: yaml), !reader.isNull(root) else { return SourceCatalog() }
        let fields = try reader.mapping(root, "sources.yaml", allowed: ["sources", "routes"])

        var catalog = SourceCatalog()
        var idLines: [String: Int] = [:]
        // Folded name or alias → the source it names and the line, so two sources cannot share one.
        var names: [String: (id: String, line: Int)] = [:]
        for item in try fields.list("sources") {
            let entry = try reader.mapping(item, "a source", allowed: ["id", "name", "kind", "aliases"])
            let id = try entry.requiredText("id")
            let name = try entry.requiredText("name")
            let kindText = try entry.requiredText("kind")
            guard let kind = SourceKind(rawValue: kindText.text) else {
                let expected = orList(SourceKind.allCases.map(\.rawValue))
                throw reader.error("unknown source kind \"\(kindText.text)\" (expected \(expected))", at: kindText.node)
            }
            if let first = idLines[id.text] {
                throw reader.error("duplicate source id \"\(id.text)\" (first declared on line \(first))", at: id.node)
            }
            idLines[id.text] = line(of: id.node)
            let aliases = try entry.textList("aliases")

            for spelling in [name] + aliases {
                let key = Folding.words(spelling.text)
                guard !key.isEmpty else { continue }
                if let other = names[key], other.id != id.text {
                    throw reader.error(
                        "\"\(spelling.text)\" also names source \"\(other.id)\" (line \(other.line)): a file naming it could not be attributed",
                        at: spelling.node)
                }
                names[key] = (id.text, line(of: spelling.node))
            }
            catalog.sources.append(Source(id: id.text, name: name.text, kind: kind, aliases: aliases.map(\.text)))
        }

        for item in try fields.list("routes") {
            let entry = try reader.mapping(item, "a route", allowed: ["match", "source"])
            let match = try entry.requiredText("match")
            let source = try entry.requiredText("source")
            if match.text.hasPrefix("/") {
                throw reader.error("route match \"\(match.text)\" must be relative to inbox/", at: match.node)
            }
            guard idLines[source.text] != nil else {
                throw reader.error("route names unknown source \"\(source.text)\" (not declared under \"sources\")", at: source.node)
            }
            catalog.routes.append(Route(match: match.text, source: source.text))
        }
        return catalog
    }

    static func line(of node: Node) -> Int { node.mark?.line ?? 0 }
}
