import Foundation
import GopyIngest
import GopyLedger
import GopyModel

/// Reading one new file: its reader, then the assembler.
enum FileIngest {
    struct Outcome: Sendable {
        var path: String
        var sha256: String
        var size: Int
        var reading: FileReading?
        var comments: [StoredComment]
        var rejections: [Rejection]
        var fileRejected: Bool { rejections.contains { $0.scope == .file } }
    }

    static func read(path: String, sha256: String, inbox: URL, assembler: CommentAssembler) -> Outcome {
        let url = inbox.appendingPathComponent(path)
        let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
        func rejected(_ problem: FileProblem) -> Outcome {
            Outcome(path: path, sha256: sha256, size: size, reading: nil, comments: [],
                    rejections: [Rejection(file: path, sha256: sha256, scope: .file, line: problem.line, reason: problem.reason)])
        }
        if size == 0 { return rejected(FileProblem(reason: "empty file")) }
        let reading: FileReading
        do { reading = try InboxFileReader.read(path: path, source: FileByteSource(path: url.path)) } catch {
            return rejected(error)
        }
        var assembled = assembler.assemble(path: path, sha256: sha256, reading: reading)
        if let correction = reading.correction {
            assembled.rejections.append(Rejection(file: path, sha256: sha256, scope: .warning, reason: "encoding corrected: \(correction)"))
        }
        let raws = Dictionary(reading.parsed.comments.map { ($0.locator, $0) }, uniquingKeysWith: { a, _ in a })
        let comments = assembled.comments.map { StoredComment(comment: $0, raw: raws[$0.provenance.locator] ?? RawComment(locator: $0.provenance.locator, text: $0.originalText)) }
        return Outcome(path: path, sha256: sha256, size: size, reading: reading, comments: comments, rejections: assembled.rejections)
    }
}

extension FileIngest.Outcome {
    /// The outcome without its comments and the reader's records, once they are in the
    /// ledger's staging: what the rest of the night needs of a file read.
    var withoutContents: FileIngest.Outcome {
        var copy = self
        copy.comments = []
        copy.reading = nil
        return copy
    }
}
