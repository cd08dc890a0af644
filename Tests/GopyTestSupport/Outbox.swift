import Foundation
import ZIPFoundation

/// Reading an outbox back in tests.
public enum OutboxReader {
    /// Every file under the outbox, by relative path, with run-specific parts removed: the
    /// manifests (runs/) are left out and the run id is replaced in the text files, so that two
    /// runs over the same inbox compare equal. Binary files (the .docx) are kept as base64.
    public static func snapshot(_ outbox: URL, runID: String) throws -> [String: String] {
        var result: [String: String] = [:]
        let fm = FileManager.default
        guard let enumerator = fm.enumerator(atPath: outbox.path) else { return result }
        for case let path as String in enumerator where !path.hasPrefix("runs") {
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: outbox.appendingPathComponent(path).path, isDirectory: &isDir), !isDir.boolValue else { continue }
            let data = try Data(contentsOf: outbox.appendingPathComponent(path))
            if path.hasSuffix(".docx") {
                // A zip: its parts' text, in order of name, with the run id replaced.
                result[path] = "bytes " + (try zipText(data)).replacingOccurrences(of: runID, with: "<run>")
            } else if let text = String(data: data, encoding: .utf8) {
                result[path] = text.replacingOccurrences(of: runID, with: "<run>")
            } else {
                result[path] = "bytes " + data.base64EncodedString()
            }
        }
        return result
    }

    /// The text of every part of a zip (a .docx), each under its name, in order of name.
    public static func zipText(_ data: Data) throws -> String {
        let archive = try Archive(data: data, accessMode: .read)
        var parts: [(String, String)] = []
        for entry in archive {
            var bytes = Data()
            _ = try archive.extract(entry) { bytes.append($0) }
            parts.append((entry.path, String(decoding: bytes, as: UTF8.self)))
        }
        return parts.sorted { $0.0 < $1.0 }.map { "== \($0.0)\n\($0.1)" }.joined(separator: "\n")
    }

    /// The lines of a draft's comments.jsonl as JSON objects.
    public static func comments(_ outbox: URL, draft: String) throws -> [[String: Any]] {
        let text = try String(contentsOf: outbox.appendingPathComponent("\(draft)/comments.jsonl"), encoding: .utf8)
        return try text.split(separator: "\n").map {
            try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any]
        }
    }

    /// Any JSON file of the outbox.
    public static func json(_ outbox: URL, _ path: String) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(contentsOf: outbox.appendingPathComponent(path)))
    }
}
