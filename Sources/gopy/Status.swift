import ArgumentParser
import GopyLedger
import GopyModel
import GopyPipeline

/// `gopy status`: runs, files, comments per draft and source kind, rejections.
struct Status: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Show what the ledger holds: runs, files, comments per draft and source kind, rejections.")

    @OptionGroup var folders: FolderOptions

    @Flag(help: "Print JSON for machines.")
    var json = false

    func run() throws {
        let status: StatusReport.Status
        do { status = try StatusReport.status(folders.batchOptions()) } catch {
            fail(error.description)
            throw ExitCode(1)
        }
        let c = status.counts
        if json {
            let value: JSONValue = .object([
                ("runs", .array(status.runs.map { .object([("id", .string($0.id)), ("started", .string($0.started)), ("finished", .string($0.finished)), ("status", .string($0.status.rawValue))]) })),
                ("files", .object(c.files.sorted { $0.key < $1.key }.map { ($0.key, .int($0.value)) })),
                ("comments", .object(c.comments.sorted { $0.key < $1.key }.map { draft, kinds in
                    (draft, .object(kinds.sorted { $0.key < $1.key }.map { ($0.key, .int($0.value)) }))
                })),
                ("superseded", .int(c.superseded)),
                ("rejections", .object(c.rejections.sorted { $0.key < $1.key }.map { ($0.key, .int($0.value)) })),
                ("events", .int(c.events)),
            ])
            print(value.serialized(pretty: true))
            return
        }
        print("Lượt chạy: \(status.runs.count)")
        for run in status.runs.suffix(5) {
            print("  \(run.id)  \(run.status.rawValue)  \(run.started) → \(run.finished ?? "—")")
        }
        print("Tệp: \(c.files["ingested"] ?? 0) đã tiếp nhận, \(c.files["rejected"] ?? 0) bị từ chối")
        for (draft, kinds) in c.comments.sorted(by: { $0.key < $1.key }) {
            print("Dự thảo \(draft): \(kinds.values.reduce(0, +)) ý kiến")
            for kind in SourceKind.allCases.sorted() {
                if let n = kinds[kind.rawValue] { print("  \(kind.vietnameseLabel): \(n)") }
            }
        }
        print("Ý kiến đã bị thay thế (tệp sửa tại chỗ): \(c.superseded)")
        print("Bị từ chối: \(c.rejections["file"] ?? 0) tệp, \(c.rejections["record"] ?? 0) bản ghi; cảnh báo: \(c.rejections["warning"] ?? 0)")
    }
}
