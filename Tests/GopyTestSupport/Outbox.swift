import Foundation

/// Reading an outbox back in tests.
public enum OutboxReader {
    /// Every file under the outbox, by relative path, with run-specific parts removed: the
    /// manifests (runs/) are left out and the run id is replaced in the rest, so that two runs
    /// over the same inbox compare equal.
    public static func snapshot(_ outbox: URL, runID: String) throws -> [String: String] {
        var result: [String: String] = [:]
        let fm = FileManager.default
        guard let enumerator = fm.enumerator(atPath: outbox.path) else { return result }
        for case let path as String in enumerator where !path.hasPrefix("runs") {
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: outbox.appendingPathComponent(path).path, isDirectory: &isDir), !isDir.boolValue else { continue }
            let text = try String(contentsOf: outbox.appendingPathComponent(path), encoding: .utf8)
            result[path] = text.replacingOccurrences(of: runID, with: "<run>")
        }
        return result
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
