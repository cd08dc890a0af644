import ArgumentParser
import Foundation
import GopyConfig
import GopyLedger
import GopyModel
import GopyPipeline

/// `gopy trace ID`: point → comments → file, SHA-256, locator → original text → normalised text.
struct Trace: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show where a point or a comment came from: files, bytes, senders and the original text.",
        discussion: "Reads the ledger and its archive, so it works after the inbox file is moved, renamed or deleted. The only command that shows personal data."
    )

    @OptionGroup var folders: FolderOptions

    @Argument(help: "A point id (P-…) or a comment id (C-…).")
    var id: String

    @Flag(help: "Print JSON for machines.")
    var json = false

    func run() throws {
        let trace: Tracer.Trace
        do { trace = try Tracer.trace(id: id, options: folders.batchOptions()) } catch {
            fail(error.description)
            throw ExitCode(1)
        }
        print(json ? Self.json(trace).serialized(pretty: true) : Self.text(trace), terminator: json ? "\n" : "")
    }

    static func json(_ t: Tracer.Trace) -> JSONValue {
        .object([
            ("id", .string(t.id)),
            ("point", t.point.map { p in
                .object([("id", .string(p.id)), ("draft", .string(p.draft)), ("section", .string(p.section)), ("cluster", .string(p.cluster)),
                         ("campaign", .string(p.campaign)), ("text", .string(p.text)), ("submissions", .int(p.submissions))])
            } ?? .null),
            ("comments", .array(t.comments.map { c in
                let m = c.comment
                return .object([
                    ("id", .string(m.id)),
                    ("file", .object([
                        ("sha256", .string(m.provenance.sha256)),
                        ("paths", .array(c.paths.map { .object([("path", .string($0.path)), ("present", .bool($0.present)), ("first_run", .string($0.firstRun)), ("last_run", .string($0.lastRun))]) })),
                        ("size", .int(c.file?.size)), ("format", .string(c.file?.format)), ("encoding", .string(c.file?.encoding)),
                        ("confidence", c.file?.confidence.map(JSONValue.double) ?? .null),
                        ("archive", .string(c.archivePath)), ("archive_intact", c.archiveIntact.map(JSONValue.bool) ?? .null),
                    ])),
                    ("locator", .object([("line", .int(m.provenance.locator.line)), ("row", .int(m.provenance.locator.row)), ("record", .int(m.provenance.locator.record))])),
                    ("source", .object([("id", .string(m.source.id)), ("kind", .string(m.source.kind.rawValue)), ("name", .string(m.source.name))])),
                    ("original_text", .string(m.originalText)),
                    ("personal", .object([("author", .string(m.personal.author)), ("address", .string(m.personal.address)), ("phone", .string(m.personal.phone)), ("email", .string(m.personal.email))])),
                    ("text", .string(m.text)),
                    ("draft", .string(m.draft)), ("round", .int(m.round)),
                    ("section", .string(m.section)), ("section_basis", .string(m.sectionBasis.rawValue)),
                    ("section_score", m.sectionScore.map(JSONValue.double) ?? .null),
                    ("section_reference", .string(c.raw.sectionReference)), ("headings", .array(c.raw.headings.map(JSONValue.string))),
                    ("cluster", .string(c.assignment?.cluster)), ("point", .string(c.assignment?.point)), ("campaign", .string(c.assignment?.campaign)),
                    ("general", .bool(m.general)), ("superseded_run", .string(c.supersededRun)),
                    ("placement", c.placement.map { .object([("section", .string($0.section ?? "document")), ("by", .string($0.by)), ("at", .string($0.at)), ("note", .string($0.note))]) } ?? .null),
                    ("events", .array(c.events.map { .object([("run", .string($0.run)), ("kind", .string($0.kind.rawValue)), ("subject", .string($0.subject)), ("detail", .string($0.detail))]) })),
                ])
            })),
        ])
    }

    static func text(_ t: Tracer.Trace) -> String {
        var out = ""
        if let p = t.point {
            out += "Nội dung \(p.id) — dự thảo \(p.draft), phần/mục \(p.section ?? "chưa xác định")\n"
            out += "  Văn bản đại diện: \(p.text)\n"
            out += "  Số lượt góp ý: \(p.submissions); cụm: \(p.cluster)"
            if let campaign = p.campaign { out += "; chiến dịch: \(campaign)" }
            out += "\n\n"
        }
        for c in t.comments {
            let m = c.comment
            out += "Ý kiến \(m.id)\(c.supersededRun.map { " (đã bị thay thế ở lượt \($0))" } ?? "")\n"
            out += "  Tệp: SHA-256 \(m.provenance.sha256)\n"
            for p in c.paths {
                out += "    inbox/\(p.path) (lượt \(p.firstRun) → \(p.lastRun)\(p.present ? "" : ", không còn trong inbox"))\n"
            }
            let archive = c.archiveIntact.map { $0 ? "nguyên vẹn" : "ĐÃ BỊ SỬA" } ?? "THIẾU"
            out += "    Bản lưu: \(c.archivePath) (\(archive))\n"
            if let f = c.file { out += "    Định dạng: \(f.format ?? "?"), mã hóa \(f.encoding ?? "?"), \(f.size) byte\n" }
            out += "  Vị trí: \(m.provenance.locator.description)\n"
            out += "  Nguồn: \(m.source.name) (\(m.source.id), \(m.source.kind.vietnameseLabel))\n"
            if !m.personal.isEmpty {
                out += "  Người góp ý: " + [m.personal.author, m.personal.address, m.personal.phone, m.personal.email].compactMap { $0 }.joined(separator: "; ") + "\n"
            }
            out += "  Nguyên văn: \(m.originalText)\n"
            out += "  Văn bản đã chuẩn hóa: \(m.text)\n"
            out += "  Phần/mục: \(m.section ?? "chưa xác định") (căn cứ: \(m.sectionBasis.rawValue)"
            if let score = m.sectionScore { out += ", điểm suy luận \((score * 100).rounded() / 100)" }
            out += ")"
            if let reference = c.raw.sectionReference { out += "; ghi trong tệp: \(reference)" }
            if let p = c.placement { out += "; do \(p.by) xếp ngày \(p.at)" }
            if !c.raw.headings.isEmpty { out += "; dưới đề mục: \(c.raw.headings.joined(separator: " › "))" }
            out += "\n"
            out += "  Cụm: \(c.assignment?.cluster ?? "—"); nội dung: \(c.assignment?.point ?? (m.general ? "— (nhất trí chung)" : "—")); chiến dịch: \(c.assignment?.campaign ?? "—")\n"
            if !c.events.isEmpty {
                out += "  Sự kiện:\n"
                for e in c.events { out += "    [\(e.run)] \(e.kind.rawValue) \(e.subject == m.id ? "" : "(tệp) ")\(e.detail)\n" }
            }
            out += "\n"
        }
        return out
    }
}
