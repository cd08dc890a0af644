import GopyConfig
import GopyModel
import GopyReport
import GopySynthesis

/// Where each output goes inside the outbox, and its bytes.
enum OutboxLayout {
    /// A draft's files: `<draft>/comments.jsonl`, `synthesis.json`, `index.md`,
    /// `toan-bo-du-thao.md`, `chua-xac-dinh.md` and `sections/<id>.md` for every section of the
    /// outline; the HTML report (`index.html`, `sections/<id>.html`, `toan-bo-du-thao.html`,
    /// `chua-xac-dinh.html`) and the Word synthesis (`tong-hop-y-kien.docx`).
    static func draftFiles(
        synthesis: Synthesis, comments: [Comment], grouping: PointGrouping, wholeDocument: Set<String> = [], placedBy: [String: Placement] = [:]
    ) throws(BatchError) -> [(path: String, bytes: [UInt8])] {
        let dir = synthesis.draft.id + "/"
        var files: [(path: String, bytes: [UInt8])] = []

        var jsonl: [UInt8] = []
        let ordered = comments.sorted { ($0.provenance.file, $0.provenance.locator) < ($1.provenance.file, $1.provenance.locator) }
        for comment in ordered {
            let record = CommentRecord(
                comment: comment, cluster: grouping.cluster(of: comment.id),
                point: synthesis.pointOf[comment.id], campaign: grouping.campaign(of: comment.id),
                wholeDocument: comment.section == nil && (comment.general || wholeDocument.contains(comment.id)),
                placement: placedBy[comment.id].map { CommentRecord.PlacementNote(by: $0.by, at: $0.at) }
            )
            record.jsonValue.write(to: &jsonl)
            jsonl.append(0x0A)
        }
        files.append((dir + "comments.jsonl", jsonl))
        files.append((dir + "synthesis.json", Array((synthesis.jsonValue.serialized(pretty: true) + "\n").utf8)))
        files.append((dir + "index.md", Array(SynthesisMarkdown.index(synthesis).utf8)))
        for part in synthesis.parts where part.part != .section || part.id != nil {
            files.append((dir + SynthesisMarkdown.fileName(of: part), Array(SynthesisMarkdown.section(part, of: synthesis).utf8)))
        }
        let sources = Dictionary(comments.map { ($0.id, $0.source) }, uniquingKeysWith: { a, _ in a })
        for page in HTMLReport.files(for: synthesis, commentSources: sources) {
            files.append((dir + page.path, page.bytes))
        }
        do {
            files.append((dir + WordReport.fileName, try WordReport.docx(for: synthesis)))
        } catch {
            throw .outbox(path: dir + WordReport.fileName, reason: "cannot build the Word document: \(error)")
        }
        return files
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
