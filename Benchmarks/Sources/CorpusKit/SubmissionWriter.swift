/// Writes an XML submission in the contract's format:
/// `<submission draft round received>`, `<source id kind>`, `<comment id section>` with an
/// optional `<author>` and its `<text>`.
struct SubmissionWriter {
    let outline: Outline
    let references: ReferenceWriter
    let seed: UInt64

    static let stream: UInt64 = 12

    func write(_ file: PlannedFile, comments: [GeneratedComment]) -> WrittenFile {
        var random = SplitMix64(seed: seed, stream: Self.stream, item: UInt64(file.index))
        var out = TextBuffer(capacity: 300 + comments.count * 330)
        let source = file.source
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        if random.chance(0.3) {
            out.append("<!-- Tổng hợp ý kiến từ hệ thống của \(xmlEscape(source.name).replacingDoubleHyphens()) -->\n")
        }
        out.append("<submission draft=\"\(outline.draftID)\" round=\"\(outline.round)\" received=\"\(RoundDate.iso(day: file.day))\">\n")
        out.append("  <source id=\"\(source.id)\" kind=\"\(source.kind.rawValue)\">\(xmlEscape(source.name))</source>\n")
        let withAuthors = source.kind == .expert || source.kind == .veteran || random.chance(0.2)
        let prefix = random.pick(["PB", "YK", "GY"])
        var placed: [PlacedComment] = []
        for (index, comment) in comments.enumerated() {
            var basis = comment.inlineReference ? "explicit" : comment.section == nil ? "none" : "inferred"
            var attributes = " id=\"\(prefix)-\(String(index + 1))\""
            if let section = comment.section, !comment.inlineReference, random.chance(0.75) {
                let style = ReferenceStyle.allCases[random.weighted(ReferenceStyle.weights)]
                attributes += " section=\"\(xmlEscape(references.reference(to: section, style: style)))\""
                basis = "explicit"
            }
            placed.append(PlacedComment(comment: comment, record: index + 1, line: out.line, basis: basis))
            out.append("  <comment\(attributes)>\n")
            if withAuthors && !comment.general {
                out.append("    <author>\(xmlEscape(comment.author.name))</author>\n")
            }
            out.append("    <text>\(xmlEscape(comment.text))</text>\n")
            out.append("  </comment>\n")
        }
        out.append("</submission>\n")
        return WrittenFile(path: file.path, bytes: out.bytes, placed: placed)
    }
}

/// Text safe inside an XML element or a double-quoted attribute.
func xmlEscape(_ text: String) -> String {
    guard text.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 }) else { return text }
    var result = ""
    result.reserveCapacity(text.utf8.count + 16)
    for character in text {
        switch character {
        case "&": result += "&amp;"
        case "<": result += "&lt;"
        case ">": result += "&gt;"
        case "\"": result += "&quot;"
        default: result.append(character)
        }
    }
    return result
}

extension String {
    /// "--" is not allowed inside an XML comment.
    func replacingDoubleHyphens() -> String {
        var result = self
        while result.contains("--") { result = result.replacing("--", with: "-") }
        return result
    }
}
