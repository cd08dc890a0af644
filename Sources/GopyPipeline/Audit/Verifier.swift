import Foundation
import GopyModel

/// `gopy verify`: re-hashes the outbox against the last run's manifest, the sources against
/// what the manifest recorded, and checks the chain of manifests.
public enum Verifier {
    /// One thing checked.
    public struct Check: Sendable, Hashable {
        public var ok: Bool
        public var what: String
    }

    /// The checks made; all passed when `failures` is empty.
    public struct Report: Sendable {
        public var checks: [Check]
        public var failures: [Check] { checks.filter { !$0.ok } }
        public var passed: Int { checks.count - failures.count }
    }

    public static func verify(_ options: BatchOptions) -> Report {
        var checks: [Check] = []
        func check(_ ok: Bool, _ what: String) { checks.append(Check(ok: ok, what: what)) }
        let fm = FileManager.default
        let runs = options.outbox.appendingPathComponent("runs")
        let names = OutboxWriter.manifestNames(in: runs)
        guard !names.isEmpty else {
            check(false, "no run manifest in \(runs.path)")
            return Report(checks: checks)
        }

        // The chain: each manifest names the previous one by its SHA-256.
        var previous: (name: String, sha: String)?
        var latest: [String: Any] = [:]
        for name in names {
            guard let data = fm.contents(atPath: runs.appendingPathComponent(name).path),
                  let manifest = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any]
            else { check(false, "runs/\(name) does not parse as JSON"); continue }
            let link = manifest["previous"] as? [String: Any]
            if let previous {
                check(link?["sha256"] as? String == previous.sha, "runs/\(name) names the SHA-256 of runs/\(previous.name)")
            } else {
                check(link == nil, "runs/\(name), the first manifest, names no previous one")
            }
            previous = (name, StableID.sha256(data))
            latest = manifest
        }

        // The outbox files against the last manifest.
        let outputs = (latest["outputs"] as? [[String: Any]]) ?? []
        var listed = Set<String>()
        for output in outputs {
            guard let file = output["file"] as? String, let sha = output["sha256"] as? String else { continue }
            listed.insert(file)
            let data = fm.contents(atPath: options.outbox.appendingPathComponent(file).path)
            check(data.map { StableID.sha256($0) == sha } ?? false, data == nil ? "outbox/\(file) is missing" : "outbox/\(file) matches the manifest")
        }
        if let enumerator = fm.enumerator(atPath: options.outbox.path) {
            for case let path as String in enumerator where !path.hasPrefix("runs/") && path != "runs" && path != "README.md" {
                var isDir: ObjCBool = false
                if fm.fileExists(atPath: options.outbox.appendingPathComponent(path).path, isDirectory: &isDir), !isDir.boolValue, !listed.contains(path) {
                    check(false, "outbox/\(path) is not in the manifest")
                }
            }
        }

        // The sources the last run read.
        for input in (latest["inputs"] as? [[String: Any]]) ?? [] {
            guard let file = input["file"] as? String, let sha = input["sha256"] as? String else { continue }
            let path = options.inbox.appendingPathComponent(file).path
            guard fm.fileExists(atPath: path) else {
                check(false, "inbox/\(file) is no longer in the inbox; it cannot be re-hashed")
                continue
            }
            var hasher = StreamingSHA256()
            let ok = (try? FileByteSource(path: path).forEachChunk { hasher.update($0) }) != nil
            check(ok && hasher.finalize() == sha, "inbox/\(file) has the SHA-256 the manifest recorded")
        }
        return Report(checks: checks)
    }
}
