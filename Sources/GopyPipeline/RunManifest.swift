import Foundation
import GopyModel

/// `outbox/runs/<run id>.json`: what a run read and wrote, chained to the previous manifest
/// by its SHA-256, so that `gopy verify` can check the outbox and the history.
struct RunManifest {
    var runID: String
    var started: Date
    var finished: Date
    var jobs: Int
    var previous: (name: String, sha256: String)?
    var config: [(String, String)]
    var inputs: [JSONValue]
    var placements: [JSONValue] = []
    var outputs: [(String, String)]
    var counts: [(String, JSONValue)]
    var timings: [(String, Int)]

    var json: JSONValue {
        .object([
            ("run", .string(runID)),
            ("started", .string(Self.iso(started))),
            ("finished", .string(Self.iso(finished))),
            ("gopy_version", .string(GopyVersion.current)),
            ("jobs", .int(jobs)),
            ("previous", previous.map { .object([("run", .string(String($0.name.dropLast(5)))), ("sha256", .string($0.sha256))]) } ?? .null),
            ("config", .array(config.map { .object([("file", .string($0.0)), ("sha256", .string($0.1))]) })),
            ("inputs", .array(inputs)),
            ("placements", .array(placements)),
            ("outputs", .array(outputs.map { .object([("file", .string($0.0)), ("sha256", .string($0.1))]) })),
            ("counts", .object(counts)),
            ("timings", .object(timings.map { ($0.0, .int($0.1)) })),
        ])
    }

    var bytes: [UInt8] { Array((json.serialized(pretty: true) + "\n").utf8) }

    static func iso(_ date: Date) -> String {
        let f = ISO8601DateFormatter()
        f.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return f.string(from: date)
    }
}

/// The version gopy reports in manifests and `--version`.
public enum GopyVersion {
    public static let current = "0.1.0"
}
