import Foundation
import GopyLedger
import GopyModel
import GopyPipeline
import GopyTestSupport
import Testing

/// Determinism, the manifest chain, verify and trace, across runs.
@Suite struct RunHistoryTests {
    @Test func theSameInboxGivesTheSameOutboxWhateverTheThreads() throws {
        var snapshots: [[String: String]] = []
        for jobs in [1, 4] {
            let dir = try TemporaryDirectory(prefix: "gopy-det")
            try Repository.copySampleRound(to: dir.url)
            let report = try Batch(options: BatchOptions(root: dir.url, jobs: jobs)).run()
            snapshots.append(try OutboxReader.snapshot(dir.url.appendingPathComponent("outbox"), runID: report.runID))
        }
        #expect(snapshots[0].keys.sorted() == snapshots[1].keys.sorted())
        for key in snapshots[0].keys { #expect(snapshots[0][key] == snapshots[1][key], "\(key) differs") }
    }

    @Test func manifestsChainAndVerifyCatchesChanges() throws {
        let dir = try TemporaryDirectory(prefix: "gopy-chain")
        try Repository.copySampleRound(to: dir.url)
        let options = BatchOptions(root: dir.url)
        let first = try Batch(options: options).run()
        let second = try Batch(options: options).run()
        #expect(first.runID != second.runID)
        let outbox = dir.url.appendingPathComponent("outbox")
        let manifest = try OutboxReader.json(outbox, "runs/\(second.runID).json") as! [String: Any]
        let previous = manifest["previous"] as! [String: Any]
        let firstBytes = try Data(contentsOf: outbox.appendingPathComponent("runs/\(first.runID).json"))
        #expect(previous["sha256"] as? String == StableID.sha256(firstBytes))
        #expect(Verifier.verify(options).failures.isEmpty)
        #expect(!FileManager.default.fileExists(atPath: dir.url.appendingPathComponent(".outbox.staging").path))

        // A changed outbox file is caught.
        let index = outbox.appendingPathComponent("bcct-xvii/index.md")
        try (try String(contentsOf: index, encoding: .utf8) + "\nsửa tay\n").write(to: index, atomically: true, encoding: .utf8)
        #expect(Verifier.verify(options).failures.contains { $0.what.contains("index.md") })

        // A broken chain is caught.
        let firstManifest = outbox.appendingPathComponent("runs/\(first.runID).json")
        try (try String(contentsOf: firstManifest, encoding: .utf8) + " ").write(to: firstManifest, atomically: true, encoding: .utf8)
        #expect(Verifier.verify(options).failures.contains { $0.what.contains(second.runID) })
    }

    @Test func traceLeadsFromAPointToTheOriginalTextAndSender() throws {
        let dir = try TemporaryDirectory(prefix: "gopy-trace")
        try Repository.copySampleRound(to: dir.url)
        let options = BatchOptions(root: dir.url)
        try Batch(options: options).run()
        let comments = try OutboxReader.comments(dir.url.appendingPathComponent("outbox"), draft: "bcct-xvii")
        let citizen = try #require(comments.first {
            ($0["file"] as! String).hasSuffix(".csv") && $0["point"] is String
        })
        let trace = try Tracer.trace(id: citizen["point"] as! String, options: options)
        #expect(trace.point?.id == citizen["point"] as? String)
        let traced = try #require(trace.comments.first { $0.comment.id == citizen["id"] as? String })
        #expect(traced.comment.provenance.sha256.count == 64)
        #expect(traced.comment.originalText.isEmpty == false)
        #expect(traced.comment.personal.author?.isEmpty == false, "trace shows the citizen's name")
        #expect(traced.archiveIntact == true)
        #expect(traced.events.contains { $0.kind == .ingested })
    }
}
