/// Writes the round's `config/`: `gopy.yaml`, `sources.yaml` and `drafts/<id>.yaml`, in the
/// contract's format (see CONTRACT.md §2).
struct ConfigWriter {
    let outline: Outline
    let catalog: SourceCatalog

    func settings(note: String) -> String {
        """
        # \(note)
        default_draft: \(outline.draftID)
        tone_style: old

        """
    }

    func sources() -> String {
        var text = "# Who comments: the organisations and the citizens' channels of the generated round.\nsources:\n"
        for source in catalog.sources {
            text += "  - id: \(source.id)\n"
            text += "    name: \(yamlQuoted(source.name))\n"
            text += "    kind: \(source.kind.rawValue)\n"
            if !source.aliases.isEmpty {
                text += "    aliases: [" + source.aliases.map(yamlQuoted).joined(separator: ", ") + "]\n"
            }
        }
        text += "routes:\n"
        for route in catalog.routes {
            text += "  - match: \(yamlQuoted(route.match))\n    source: \(route.source)\n"
        }
        return text
    }

    func draft() -> String {
        var text = "id: \(outline.draftID)\ntitle: \(yamlQuoted(outline.title))\nround: \(outline.round)\nsections:\n"
        func emit(_ section: Outline.Section, depth: Int) {
            let indent = String(repeating: "    ", count: depth)
            text += "\(indent)  - id: \(yamlQuoted(section.id))\n"
            text += "\(indent)    title: \(yamlQuoted(section.title))\n"
            if !section.keywords.isEmpty {
                text += "\(indent)    keywords: [" + section.keywords.map(yamlQuoted).joined(separator: ", ") + "]\n"
            }
            if section.children.isEmpty {
                text += "\(indent)    text: \(yamlQuoted(section.wording))\n"
            } else {
                text += "\(indent)    sections:\n"
                for child in section.children { emit(child, depth: depth + 1) }
            }
        }
        for part in outline.parts { emit(part, depth: 0) }
        return text
    }
}

/// A YAML double-quoted scalar.
func yamlQuoted(_ text: String) -> String {
    var result = "\""
    for character in text {
        switch character {
        case "\\": result += "\\\\"
        case "\"": result += "\\\""
        case "\n": result += "\\n"
        default: result.append(character)
        }
    }
    return result + "\""
}
