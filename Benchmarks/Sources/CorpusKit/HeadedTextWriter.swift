/// Writes an organisation's plain-text opinion: a `Key: value` header block (`Đơn vị`,
/// `Dự thảo`, `Lần`, `Ngày`) ended by a blank line, then one `-` item per comment.
struct HeadedTextWriter {
    let outline: Outline
    let seed: UInt64

    static let stream: UInt64 = 11

    func write(_ file: PlannedFile, comments: [GeneratedComment]) -> WrittenFile {
        var random = SplitMix64(seed: seed, stream: Self.stream, item: UInt64(file.index))
        var out = TextBuffer(capacity: 200 + comments.count * 240)
        out.append("Đơn vị: \(file.source.name)\n")
        out.append("Dự thảo: \(outline.draftID)\n")
        if random.chance(0.8) { out.append("Lần: \(outline.round)\n") }
        out.append("Ngày: \(RoundDate.vietnamese(day: file.day))\n\n")
        var placed: [PlacedComment] = []
        let wrapped = random.chance(0.5)
        for (index, comment) in comments.enumerated() {
            let basis = comment.inlineReference ? "explicit" : comment.section == nil ? "none" : "inferred"
            placed.append(PlacedComment(comment: comment, record: index + 1, line: out.line, basis: basis))
            if wrapped {
                for (lineIndex, line) in wrap(comment.text, width: 78).enumerated() {
                    out.append((lineIndex == 0 ? "- " : "  ") + line + "\n")
                }
            } else {
                out.append("- " + comment.text + "\n")
            }
        }
        return WrittenFile(path: file.path, bytes: out.bytes, placed: placed)
    }
}
