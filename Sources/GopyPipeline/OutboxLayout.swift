import GopyConfig
import GopyModel
import GopyReport
import GopySynthesis

/// Where each output goes inside the outbox, and its bytes.
enum OutboxLayout {
    /// Writes a draft's files into the next outbox, one at a time: `<draft>/comments.jsonl`,
    /// `synthesis.json`, `index.md`, `toan-bo-du-thao.md`, `chua-xac-dinh.md` and
    /// `sections/<id>.md` for every section of the outline; the HTML report (`index.html`,
    /// `sections/<id>.html`, `toan-bo-du-thao.html`, `chua-xac-dinh.html`) and the Word
    /// synthesis (`tong-hop-y-kien.docx`). The large files (`comments.jsonl`,
    /// `synthesis.json`) are written out as they are made, never whole in memory.
    static func writeDraftFiles(
        synthesis: Synthesis, comments: [Comment], grouping: PointGrouping, wholeDocument: Set<String> = [],
        placedBy: [String: Placement] = [:], into outbox: inout OutboxStaging
    ) throws(BatchError) {
        let dir = synthesis.draft.id + "/"
        // In file and locator order; sorting positions rather than the comments themselves.
        let order = comments.indices.sorted {
            let a = comments[$0].provenance, b = comments[$1].provenance
            return (a.file, a.locator, $0) < (b.file, b.locator, $1)
        }
        try outbox.write(dir + "comments.jsonl") { (file: inout StagedFile) throws(IOError) in
            for index in order {
                let comment = comments[index]
                let record = CommentRecord(
                    comment: comment, cluster: grouping.cluster(of: comment.id),
                    point: synthesis.pointOf[comment.id], campaign: grouping.campaign(of: comment.id),
                    wholeDocument: comment.section == nil && (comment.general || wholeDocument.contains(comment.id)),
                    placement: placedBy[comment.id].map { CommentRecord.PlacementNote(by: $0.by, at: $0.at) }
                )
                try file.appending {
                    record.jsonValue.write(to: &$0)
                    $0.append(0x0A)
                }
            }
        }
        try outbox.write(dir + "synthesis.json") { (file: inout StagedFile) throws(IOError) in
            var buffer: [UInt8] = []
            try synthesis.jsonDocument.write(to: &buffer, pretty: true) { (piece: inout [UInt8]) throws(IOError) in
                try file.append(piece)
                piece.removeAll(keepingCapacity: true)
            }
            buffer.append(0x0A)
            try file.append(buffer)
        }
        try outbox.write(dir + "index.md", bytes: SynthesisMarkdown.index(synthesis).utf8)
        for part in synthesis.parts where part.part != .section || part.id != nil {
            try outbox.write(dir + SynthesisMarkdown.fileName(of: part), bytes: SynthesisMarkdown.section(part, of: synthesis).utf8)
        }
        let sources = Dictionary(comments.map { ($0.id, $0.source) }, uniquingKeysWith: { a, _ in a })
        try HTMLReport.forEachFile(for: synthesis, commentSources: sources) { (path, bytes) throws(BatchError) in
            try outbox.write(dir + path, bytes: bytes)
        }
        let docx: [UInt8]
        do { docx = try WordReport.docx(for: synthesis) } catch {
            throw .outbox(path: dir + WordReport.fileName, reason: "cannot build the Word document: \(error)")
        }
        try outbox.write(dir + WordReport.fileName, bytes: docx)
    }

    /// `rejected.json`: every file or record not ingested, and the warnings, sorted.
    static func rejectedJSON(_ rejections: [Rejection]) -> [UInt8] {
        let items: [JSONValue] = rejections.map { r in
            .object([
                ("file", .string(r.file)),
                ("sha256", .string(r.sha256)),
                ("scope", .string(r.scope.rawValue)),
                ("line", .int(r.line)),
                ("row", .int(r.row)),
                ("record", .int(r.record)),
                ("reason", .string(r.reason)),
            ])
        }
        let doc: JSONValue = .object([("count", .int(rejections.filter { $0.scope != .warning }.count)), ("rejected", .array(items))])
        return Array((doc.serialized(pretty: true) + "\n").utf8)
    }
}
