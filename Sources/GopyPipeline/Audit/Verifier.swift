import Foundation
import GopyLedger
import GopyModel

/// `gopy verify`: re-hashes every archived source against the ledger and every outbox file
/// against the last run's manifest, and checks the chain of manifests (each names the
/// previous one's SHA-256) and that the ledger recorded each run's manifest.
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

        // The archive against the ledger.
        let context: AuditContext?
        do { context = try AuditContext(options: options) } catch {
            check(false, "\(error)")
            context = nil
        }
        var manifestSHAs: [String: String] = [:]
        if let context {
            do {
                let runs = try context.ledger.runs()
                for run in runs where run.status == .completed { manifestSHAs[run.id] = run.manifestSHA256 }
                for sha in try context.ledger.ingestedFileSHAs() {
                    switch context.archive.verify(sha256: sha) {
                    case .some(true): check(true, "archive \(sha) has its SHA-256")
                    case .some(false): check(false, "archive \(sha) does not have the SHA-256 it is named by: it was changed")
                    case .none: check(false, "archive \(sha) is missing")
                    }
                }
            } catch {
                check(false, "\(error)")
            }
        }

        // The chain of manifests.
        let runsFolder = options.outbox.appendingPathComponent("runs")
        let names = OutboxWriter.manifestNames(in: runsFolder)
        guard !names.isEmpty else {
            check(false, "no run manifest in \(runsFolder.path)")
            return Report(checks: checks)
        }
        var previous: (name: String, sha: String)?
        var latest: [String: Any] = [:]
        for name in names {
            guard let data = fm.contents(atPath: runsFolder.appendingPathComponent(name).path),
                  let manifest = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any]
            else { check(false, "runs/\(name) does not parse as JSON"); continue }
            let sha = StableID.sha256(data)
            let link = manifest["previous"] as? [String: Any]
            if let previous {
                check(link?["sha256"] as? String == previous.sha, "runs/\(name) names the SHA-256 of runs/\(previous.name)")
            } else {
                check(link == nil, "runs/\(name), the first manifest, names no previous one")
            }
            if let recorded = manifestSHAs[String(name.dropLast(5))] {
                check(recorded == sha, "runs/\(name) has the SHA-256 the ledger recorded")
            }
            previous = (name, sha)
            latest = manifest
        }

        // The outbox files against the last manifest.
        var listed = Set<String>()
        for output in (latest["outputs"] as? [[String: Any]]) ?? [] {
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
        return Report(checks: checks)
    }
}
