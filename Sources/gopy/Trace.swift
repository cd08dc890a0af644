import ArgumentParser
import Foundation
import GopyModel
import GopyPipeline

/// `gopy trace ID`: point → comments → file, SHA-256, locator → original text → normalised text.
struct Trace: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show where a point or a comment came from: files, bytes, senders and the original text.",
        discussion: "The only command that shows personal data."
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
        if json {
            print(Self.json(trace).serialized(pretty: true))
        } else {
            print(Self.text(trace), terminator: "")
        }
    }

    static func json(_ t: Tracer.Trace) -> JSONValue {
        .object([
            ("id", .string(t.id)),
            ("draft", .string(t.draft)),
            ("point", t.point.map { p in .object(p.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value)) }) } ?? .null),
            ("comments", .array(t.comments.map { c in
                .object([
                    ("id", .string(c.record["id"])),
                    ("file", .string(c.file)),
                    ("sha256", .string(c.sha256)),
                    ("locator", .object([("line", .int(c.locator.line)), ("row", .int(c.locator.row)), ("record", .int(c.locator.record))])),
                    ("source_status", .string(c.sourceStatus)),
                    ("original_text", .string(c.original)),
                    ("personal", .object([
                        ("author", .string(c.personal?.author)), ("address", .string(c.personal?.address)),
                        ("phone", .string(c.personal?.phone)), ("email", .string(c.personal?.email)),
                    ])),
                    ("record", .object(c.record.sorted { $0.key < $1.key }.map { ($0.key, .string($0.value)) })),
                ])
            })),
        ])
    }

    static func text(_ t: Tracer.Trace) -> String {
        var out = ""
        if let p = t.point {
            out += "Nội dung \(p["id"] ?? "") (dự thảo \(t.draft), phần/mục \(p["section"] ?? "null"))\n"
            out += "  Văn bản đại diện: \(p["text"] ?? "")\n"
            out += "  Số lượt góp ý: \(p["submissions"] ?? "")   Nguồn: \(p["sources"] ?? "")\n\n"
        }
        for c in t.comments {
            let r = c.record
            out += "Ý kiến \(r["id"] ?? "")\n"
            out += "  Tệp: inbox/\(c.file)\n"
            out += "  SHA-256: \(c.sha256) (\(c.sourceStatus))\n"
            out += "  Vị trí: \(c.locator.description)\n"
            out += "  Nguồn: \(r["source"] ?? "")\n"
            out += "  Phần/mục: \(r["section"] ?? "null") (căn cứ: \(r["section_basis"] ?? ""))   Cụm: \(r["cluster"] ?? "")   Nội dung: \(r["point"] ?? "null")\n"
            if let original = c.original { out += "  Nguyên văn: \(original)\n" }
            if let p = c.personal, !p.isEmpty {
                out += "  Người góp ý: " + [p.author, p.address, p.phone, p.email].compactMap { $0 }.joined(separator: "; ") + "\n"
            }
            out += "  Văn bản đã chuẩn hóa: \(r["text"] ?? "")\n\n"
        }
        return out
    }
}
