import Foundation
import GopyPipeline
import GopyTestSupport
import Testing

/// A full disk under the outbox: a clear error, the previous outbox whole, nothing half-written.
@Suite struct FullDiskTests {
    @Test func aFullDiskLeavesThePreviousOutboxWhole() throws {
        let dir = try TemporaryDirectory(prefix: "gopy-full")
        try FileManager.default.copyItem(at: Repository.root.appendingPathComponent("config"), to: dir.url.appendingPathComponent("config"))
        let inbox = dir.url.appendingPathComponent("inbox")
        try RoundWriter.writeCSVs(into: inbox, files: 2, rows: 20, seed: 3)
        let disk = dir.url.appendingPathComponent("disk")
        try FileManager.default.createDirectory(at: disk, withIntermediateDirectories: true)
        // A 2 MiB file system of its own (needs root, as CI has; skipped elsewhere).
        let mount = try ProcessRunner.run(URL(fileURLWithPath: "/bin/mount"), ["-t", "tmpfs", "-o", "size=2m", "tmpfs", disk.path])
        guard mount.status == 0 else {
            print("cannot mount a small tmpfs here (\(mount.stderr.trimmingCharacters(in: .whitespacesAndNewlines))): skipped")
            return
        }
        defer { _ = try? ProcessRunner.run(URL(fileURLWithPath: "/bin/umount"), [disk.path]) }

        let options = BatchOptions(root: dir.url, outbox: disk.appendingPathComponent("outbox"))
        let first = try Batch(options: options).run()
        let previous = try OutboxReader.snapshot(options.outbox, runID: first.runID)

        // Enough new comments that the next outbox cannot be built beside the old one.
        try RoundWriter.writeCSVs(into: inbox, files: 40, rows: 100, seed: 4, prefix: "them")
        #expect {
            try Batch(options: options).run()
        } throws: { error in
            guard case BatchError.outbox(let path, let reason) = error else { return false }
            return path.hasSuffix("outbox") && reason.contains("space")
        }
        #expect(try OutboxReader.snapshot(options.outbox, runID: first.runID) == previous)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: disk.path).filter { $0 != "outbox" }
        #expect(leftovers.isEmpty, "half-written files left behind: \(leftovers)")
    }
}
