import Foundation
@testable import GopyPipeline
import GopyModel
import GopyTestSupport
import Testing

/// The next outbox written file by file beside the current one, then swapped in whole.
@Suite struct OutboxStagingTests {
    func files(in folder: URL) throws -> [String: [UInt8]] {
        var result: [String: [UInt8]] = [:]
        let fm = FileManager.default
        guard let enumerator = fm.enumerator(atPath: folder.path) else { return result }
        for case let path as String in enumerator {
            var isDir: ObjCBool = false
            if fm.fileExists(atPath: folder.appendingPathComponent(path).path, isDirectory: &isDir), !isDir.boolValue {
                result[path] = Array(try Data(contentsOf: folder.appendingPathComponent(path)))
            }
        }
        return result
    }

    func bytes(_ count: Int, seed: UInt64) -> [UInt8] {
        var random = SplitMix64(seed: seed)
        return (0..<count).map { _ in UInt8(truncatingIfNeeded: random.next()) }
    }

    @Test func aFileWrittenInPiecesHasTheBytesAndTheHashOfTheWhole() throws {
        let dir = try TemporaryDirectory()
        let writer = OutboxWriter(outbox: dir.url.appendingPathComponent("outbox"))
        let whole = bytes(3 * StagedFile.chunk + 12_345, seed: 1)
        var next = try writer.stage()
        try next.write("d/comments.jsonl") { (file: inout StagedFile) throws(IOError) in
            var offset = 0
            while offset < whole.count {
                let end = min(whole.count, offset + 70_001)
                try file.append(whole[offset..<end])
                offset = end
            }
        }
        try next.write("d/sections/1.I.md", bytes: Array("# I\n".utf8))
        #expect(next.outputs.map(\.path) == ["d/comments.jsonl", "d/sections/1.I.md"])
        #expect(next.outputs[0].sha256 == StableID.sha256(whole))
        try writer.swap(next)

        let written = try files(in: writer.outbox)
        #expect(written["d/comments.jsonl"] == whole)
        #expect(written["d/sections/1.I.md"] == Array("# I\n".utf8))
        #expect(!FileManager.default.fileExists(atPath: writer.staging.path))
    }

    @Test func theSwapReplacesTheWholeOutboxAndCarriesItsHistoryOver() throws {
        let dir = try TemporaryDirectory()
        let writer = OutboxWriter(outbox: dir.url.appendingPathComponent("outbox"))
        try writer.write([("d/index.md", Array("old".utf8)), ("d/gone.md", Array("gone".utf8)), ("runs/R1.json", Array("{}".utf8)), ("README.md", Array("readme".utf8))])

        var next = try writer.stage()
        try next.write("d/index.md", bytes: Array("new".utf8))
        try writer.carryOver(into: &next)
        #expect(next.outputs.map(\.path) == ["d/index.md"], "carried-over files are not the night's outputs")
        try writer.swap(next)

        #expect(try files(in: writer.outbox) == [
            "d/index.md": Array("new".utf8), "runs/R1.json": Array("{}".utf8), "README.md": Array("readme".utf8),
        ])
    }

    @Test func aFailureMidwayLeavesThePreviousOutboxWholeAndNoStaging() throws {
        let dir = try TemporaryDirectory()
        let writer = OutboxWriter(outbox: dir.url.appendingPathComponent("outbox"))
        try writer.write([("d/index.md", Array("old".utf8)), ("d/comments.jsonl", Array("{}\n".utf8))])
        let before = try files(in: writer.outbox)

        var next = try writer.stage()
        try next.write("d/index.md", bytes: Array("new".utf8))
        #expect {
            try next.write("d/comments.jsonl") { (file: inout StagedFile) throws(IOError) in
                try file.append(bytes(2 * StagedFile.chunk, seed: 2))
                throw IOError(path: "d/comments.jsonl", operation: "write", code: ENOSPC)
            }
        } throws: { error in
            guard case BatchError.outbox(let path, let reason) = error else { return false }
            return path == writer.outbox.path && reason.contains("space")
        }
        #expect(!FileManager.default.fileExists(atPath: writer.staging.path))
        #expect(try files(in: writer.outbox) == before)
        _ = consume next
    }

    @Test func aRunThatStopsBeforeTheSwapLeavesNoStaging() throws {
        let dir = try TemporaryDirectory()
        let writer = OutboxWriter(outbox: dir.url.appendingPathComponent("outbox"))
        try writer.write([("d/index.md", Array("old".utf8))])
        do {
            var next = try writer.stage()
            try next.write("d/index.md", bytes: Array("new".utf8))
            #expect(FileManager.default.fileExists(atPath: writer.staging.path))
            // An error elsewhere (the ledger, the Word document): the staging is dropped.
        }
        #expect(!FileManager.default.fileExists(atPath: writer.staging.path))
        #expect(try files(in: writer.outbox) == ["d/index.md": Array("old".utf8)])
    }

    @Test func aStagingLeftByAKilledRunIsClearedByTheNext() throws {
        let dir = try TemporaryDirectory()
        let writer = OutboxWriter(outbox: dir.url.appendingPathComponent("outbox"))
        try dir.write(".outbox.staging/d/half.md", "half")
        var next = try writer.stage()
        try next.write("d/index.md", bytes: Array("new".utf8))
        try writer.swap(next)
        #expect(try files(in: writer.outbox) == ["d/index.md": Array("new".utf8)])
    }
}

extension OutboxWriter {
    /// A whole outbox at once, for setting up the one a test replaces.
    func write(_ files: [(path: String, bytes: [UInt8])]) throws(BatchError) {
        var next = try stage()
        for (path, bytes) in files { try next.write(path, bytes: bytes) }
        try swap(next)
    }
}
