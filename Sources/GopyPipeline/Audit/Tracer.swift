import Foundation
import GopyIngest
import GopyModel

/// `gopy trace ID`: the chain from a point or a comment back to the bytes it came from.
///
/// It reads the outbox (comments.jsonl, synthesis.json) and re-reads the source file from
/// the inbox, checking its SHA-256, to show the text as it stood in the file with the
/// commenter's personal data. Only this command shows personal data.
public enum Tracer {
    /// One comment's chain.
    public struct TracedComment: Sendable {
        /// The comment's line of comments.jsonl, as JSON.
        public var record: [String: String]
        public var file: String
        public var sha256: String
        public var locator: Locator
        /// Whether the inbox still holds the file with the same bytes.
        public var sourceStatus: String
        /// The text as it stood in the file, and the personal data, when the file could be re-read.
        public var original: String?
        public var personal: PersonalData?
    }

    /// What an id leads to.
    public struct Trace: Sendable {
        public var id: String
        public var draft: String
        /// The point, when the id is a point's (or the point a comment supports).
        public var point: [String: String]?
        public var comments: [TracedComment]
    }

    public enum TraceError: Error, CustomStringConvertible {
        case notFound(String)
        public var description: String {
            switch self {
            case .notFound(let id): "no comment or point with id \(id) in the outbox"
            }
        }
    }

    public static func trace(id: String, options: BatchOptions) throws(TraceError) -> Trace {
        let fm = FileManager.default
        let drafts = ((try? fm.contentsOfDirectory(atPath: options.outbox.path)) ?? []).sorted()
        for draft in drafts {
            let dir = options.outbox.appendingPathComponent(draft)
            guard let lines = try? String(contentsOf: dir.appendingPathComponent("comments.jsonl"), encoding: .utf8) else { continue }
            var records: [[String: Any]] = []
            for line in lines.split(separator: "\n") {
                if let object = (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any] { records.append(object) }
            }
            let pointID: String?
            if let comment = records.first(where: { $0["id"] as? String == id }) {
                pointID = comment["point"] as? String
                let point = pointID.flatMap { findPoint($0, in: dir) }
                return Trace(id: id, draft: draft, point: point, comments: [traced(comment, options: options)])
            }
            if let point = findPoint(id, in: dir) {
                let members = records.filter { $0["point"] as? String == id }
                return Trace(id: id, draft: draft, point: point, comments: members.map { traced($0, options: options) })
            }
        }
        throw .notFound(id)
    }

    static func findPoint(_ id: String, in dir: URL) -> [String: String]? {
        guard let data = try? Data(contentsOf: dir.appendingPathComponent("synthesis.json")),
              let synthesis = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any]
        else { return nil }
        var candidates: [([String: Any], String?)] = []
        for section in (synthesis["sections"] as? [[String: Any]]) ?? [] {
            for point in (section["points"] as? [[String: Any]]) ?? [] { candidates.append((point, section["id"] as? String)) }
        }
        for point in ((synthesis["unassigned"] as? [String: Any])?["points"] as? [[String: Any]]) ?? [] {
            candidates.append((point, nil))
        }
        guard let (point, section) = candidates.first(where: { $0.0["id"] as? String == id }) else { return nil }
        var result = flatten(point)
        result["section"] = section ?? "null"
        return result
    }

    static func traced(_ record: [String: Any], options: BatchOptions) -> TracedComment {
        let file = record["file"] as? String ?? ""
        let sha = record["sha256"] as? String ?? ""
        let loc = record["locator"] as? [String: Any] ?? [:]
        let locator = Locator(line: loc["line"] as? Int ?? 0, row: loc["row"] as? Int, record: loc["record"] as? Int)
        var traced = TracedComment(record: flatten(record), file: file, sha256: sha, locator: locator, sourceStatus: "", original: nil, personal: nil)

        let source = FileByteSource(path: options.inbox.appendingPathComponent(file).path)
        var hasher = StreamingSHA256()
        guard (try? source.forEachChunk({ hasher.update($0) })) != nil else {
            traced.sourceStatus = "the file is no longer in the inbox"
            return traced
        }
        guard hasher.finalize() == sha else {
            traced.sourceStatus = "the file in the inbox has changed since it was ingested"
            return traced
        }
        traced.sourceStatus = "the file in the inbox has the recorded SHA-256"
        if let reading = try? InboxFileReader.read(path: file, source: source),
           let raw = reading.parsed.comments.first(where: { $0.locator == locator }) {
            traced.original = raw.text
            traced.personal = raw.personal
        }
        return traced
    }

    static func flatten(_ object: [String: Any]) -> [String: String] {
        var result: [String: String] = [:]
        for (key, value) in object {
            switch value {
            case let s as String: result[key] = s
            case is NSNull: result[key] = "null"
            default:
                if let data = try? JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .fragmentsAllowed]) {
                    result[key] = String(decoding: data, as: UTF8.self)
                }
            }
        }
        return result
    }
}
