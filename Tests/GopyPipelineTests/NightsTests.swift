import Foundation
import GopyLedger
import GopyModel
import GopyPipeline
import GopyTestSupport
import Testing

/// Incremental nights: only new bytes are read; renamed, edited and deleted files; the
/// archive; crashes.
@Suite struct NightsTests {
    func sampleFiles() throws -> [String] {
        let inbox = Repository.root.appendingPathComponent("inbox")
        return (FileManager.default.enumerator(atPath: inbox.path)!.allObjects as! [String])
            .filter { !$0.hasPrefix(".") && $0.contains(".") && !FileManager.default.fileExists(atPath: inbox.appendingPathComponent($0).path + "/") }
            .sorted()
    }

    func emptyRoot() throws -> TemporaryDirectory {
        let dir = try TemporaryDirectory(prefix: "gopy-nights")
        try FileManager.default.copyItem(at: Repository.root.appendingPathComponent("config"), to: dir.url.appendingPathComponent("config"))
        try FileManager.default.createDirectory(at: dir.url.appendingPathComponent("inbox"), withIntermediateDirectories: true)
        return dir
    }

    func copy(_ files: [String], to dir: TemporaryDirectory) throws {
        for file in files {
            let target = dir.url.appendingPathComponent("inbox/\(file)")
            try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: Repository.root.appendingPathComponent("inbox/\(file)"), to: target)
        }
    }

    func snapshot(_ dir: TemporaryDirectory, _ report: BatchReport) throws -> [String: String] {
        try OutboxReader.snapshot(dir.url.appendingPathComponent("outbox"), runID: report.runID)
    }

    @Test func threeNightsGiveTheSameOutboxAsOne() throws {
        let files = try sampleFiles()
        #expect(files.count >= 9)
        let split = dir3(files)

        let nightly = try emptyRoot()
        var last: BatchReport?
        var read = 0
        for part in split {
            try copy(part, to: nightly)
            let report = try Batch(options: BatchOptions(root: nightly.url, jobs: 2)).run()
            #expect(report.filesRead == part.count, "a night reads only its new files")
            read += report.filesRead
            last = report
        }
        #expect(read == files.count)

        let once = try emptyRoot()
        try copy(files, to: once)
        let single = try Batch(options: BatchOptions(root: once.url, jobs: 2)).run()
        let a = try snapshot(nightly, last!), b = try snapshot(once, single)
        #expect(a.keys.sorted() == b.keys.sorted())
        for key in a.keys { #expect(a[key] == b[key], "\(key) differs between three nights and one") }
    }

    func dir3(_ files: [String]) -> [[String]] {
        [files.enumerated().filter { $0.offset % 3 == 0 }.map(\.element),
         files.enumerated().filter { $0.offset % 3 == 1 }.map(\.element),
         files.enumerated().filter { $0.offset % 3 == 2 }.map(\.element)]
    }

    @Test func aRenamedFileIsRecognisedNotReadAgain() throws {
        let dir = try emptyRoot()
        try copy(try sampleFiles(), to: dir)
        let options = BatchOptions(root: dir.url)
        let first = try Batch(options: options).run()
        let inbox = dir.url.appendingPathComponent("inbox")
        try FileManager.default.moveItem(at: inbox.appendingPathComponent("mat-tran"), to: inbox.appendingPathComponent("mttq-doi-ten"))
        let second = try Batch(options: options).run()
        #expect(second.filesRead == 0)
        #expect(second.comments == first.comments)
        #expect(try snapshot(dir, second) == snapshotAfter(first: first, in: dir, runID: second.runID))

        let comments = try OutboxReader.comments(dir.url.appendingPathComponent("outbox"), draft: "bcct-xvii")
        let front = try #require(comments.first { ($0["source"] as? [String: Any])?["kind"] as? String == "front" })
        let trace = try Tracer.trace(id: front["id"] as! String, options: options)
        let paths = trace.comments[0].paths
        #expect(paths.contains { $0.path.hasPrefix("mat-tran/") && !$0.present })
        #expect(paths.contains { $0.path.hasPrefix("mttq-doi-ten/") && $0.present })
        #expect(trace.comments[0].events.contains { $0.kind == .seen })
    }

    /// The outbox of the first run with its run id replaced, for comparison after a night
    /// that changed nothing.
    func snapshotAfter(first: BatchReport, in dir: TemporaryDirectory, runID: String) throws -> [String: String] {
        try OutboxReader.snapshot(dir.url.appendingPathComponent("outbox"), runID: runID)
    }

    @Test func aFileEditedInPlaceSupersedesItsEarlierVersion() throws {
        let dir = try emptyRoot()
        let csv = "inbox/nhan-dan/cong-thong-tin/y-kien.csv"
        try dir.write(csv, "STT,Họ và tên,Nội dung góp ý\n1,Lê Văn Tư,Đề nghị bổ sung chỉ tiêu về chuyển đổi số.\n2,Trần Thị Năm,Cần làm rõ nguyên nhân hạn chế trong thu hút đầu tư.\n")
        let options = BatchOptions(root: dir.url)
        try Batch(options: options).run()
        let before = try OutboxReader.comments(dir.url.appendingPathComponent("outbox"), draft: "bcct-xvii")
        #expect(before.count == 2)

        try dir.write(csv, "STT,Họ và tên,Nội dung góp ý\n1,Lê Văn Tư,Đề nghị bổ sung chỉ tiêu về chuyển đổi số và kinh tế số.\n2,Trần Thị Năm,Cần làm rõ nguyên nhân hạn chế trong thu hút đầu tư.\n3,Phạm Văn Sáu,Đề nghị quan tâm y tế cơ sở.\n")
        let report = try Batch(options: options).run()
        let after = try OutboxReader.comments(dir.url.appendingPathComponent("outbox"), draft: "bcct-xvii")
        #expect(after.count == 3, "the earlier version's comments no longer count")
        #expect(report.newComments == 3)
        let oldIDs = Set(before.map { $0["id"] as! String })
        #expect(oldIDs.isDisjoint(with: after.map { $0["id"] as! String }))

        let trace = try Tracer.trace(id: before[0]["id"] as! String, options: options)
        #expect(trace.comments[0].supersededRun == report.runID)
        #expect(trace.comments[0].events.contains { $0.kind == .superseded })
        #expect(try StatusReport.status(options).counts.superseded == 2)
    }

    @Test func aDeletedInboxFileIsStillTraceable() throws {
        let dir = try emptyRoot()
        try copy(try sampleFiles(), to: dir)
        let options = BatchOptions(root: dir.url)
        let first = try Batch(options: options).run()
        let csvs = try OutboxReader.comments(dir.url.appendingPathComponent("outbox"), draft: "bcct-xvii").filter { ($0["file"] as! String).hasSuffix(".csv") }
        let target = try #require(csvs.first)
        try FileManager.default.removeItem(at: dir.url.appendingPathComponent("inbox/\(target["file"] as! String)"))
        let second = try Batch(options: options).run()
        #expect(second.comments == first.comments, "the ledger keeps the comments of a file taken out of the inbox")
        let trace = try Tracer.trace(id: target["id"] as! String, options: options)
        #expect(trace.comments[0].archiveIntact == true)
        #expect(trace.comments[0].paths.allSatisfy { !$0.present })
        #expect(trace.comments[0].comment.personal.author != nil)
        #expect(Verifier.verify(options).failures.isEmpty)
    }

    @Test func verifyCatchesAChangedArchiveFile() throws {
        let dir = try emptyRoot()
        try copy(try sampleFiles(), to: dir)
        let options = BatchOptions(root: dir.url)
        try Batch(options: options).run()
        #expect(Verifier.verify(options).failures.isEmpty)
        let archive = dir.url.appendingPathComponent("ledger/files")
        let name = try #require(try FileManager.default.contentsOfDirectory(atPath: archive.path).first)
        let file = archive.appendingPathComponent(name)
        #expect((try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? Int) == 0o444)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: file.path)
        try Data("sửa".utf8).write(to: file)
        #expect(Verifier.verify(options).failures.contains { $0.what.contains(name) })
    }

    @Test func aChangedConfigurationReassemblesStoredCommentsWithoutReadingFilesAgain() throws {
        let dir = try emptyRoot()
        try copy(try sampleFiles(), to: dir)
        let options = BatchOptions(root: dir.url)
        try Batch(options: options).run()
        let before = try OutboxReader.comments(dir.url.appendingPathComponent("outbox"), draft: "bcct-xvii")
        #expect(before.contains { ($0["text"] as! String).contains("hòa") })

        let settings = dir.url.appendingPathComponent("config/gopy.yaml")
        let yaml = try String(contentsOf: settings, encoding: .utf8).replacingOccurrences(of: "tone_style: old", with: "tone_style: new")
        try yaml.write(to: settings, atomically: true, encoding: .utf8)
        let report = try Batch(options: options).run()
        #expect(report.filesRead == 0)
        let after = try OutboxReader.comments(dir.url.appendingPathComponent("outbox"), draft: "bcct-xvii")
        #expect(after.map { $0["id"] as! String } == before.map { $0["id"] as! String })
        #expect(!after.contains { ($0["text"] as! String).contains("hòa") })
        #expect(after.contains { ($0["text"] as! String).contains("hoà") })
    }

    @Test func drafterPlacementsPinCommentsAndPointsOnEveryRun() throws {
        let dir = try emptyRoot()
        try dir.write("inbox/nhan-dan/cong-thong-tin/y-kien.csv", "STT,Họ và tên,Nội dung góp ý\n1,Lê Văn Tư,Ý kiến thứ nhất về cà phê đặc sản.\n2,Trần Thị Năm,Ý kiến thứ hai về du lịch cộng đồng.\n3,Phạm Văn Sáu,Ý kiến thứ hai về du lịch cộng đồng.\n")
        let options = BatchOptions(root: dir.url)
        try Batch(options: options).run()
        let before = try OutboxReader.comments(dir.url.appendingPathComponent("outbox"), draft: "bcct-xvii")
        let first = try #require(before.first { ($0["text"] as! String).contains("thứ nhất") })
        let pointOfSecond = try #require(before.first { ($0["text"] as! String).contains("thứ hai") }?["point"] as? String)
        try dir.write("config/placements.yaml", """
            placements:
              - comment: \(first["id"] as! String)
                section: "2.III.5"
                by: "Nguyễn Văn An, Tổ Biên tập"
                at: "2026-11-20"
              - point: \(pointOfSecond)
                section: "2.III.2"
                by: "Trần Thị Bình"
                at: "2026-11-21"
            """)
        for _ in 0..<2 {
            let report = try Batch(options: options).run()
            let after = try OutboxReader.comments(dir.url.appendingPathComponent("outbox"), draft: "bcct-xvii")
            #expect(after.first { $0["id"] as? String == first["id"] as? String }?["section"] as? String == "2.III.5")
            #expect(after.filter { ($0["text"] as! String).contains("thứ hai") }.allSatisfy { $0["section"] as? String == "2.III.2" })
            #expect(after.allSatisfy { ($0["placement"] as? [String: Any]) != nil })
            let manifest = try OutboxReader.json(dir.url.appendingPathComponent("outbox"), "runs/\(report.runID).json") as! [String: Any]
            let listed = manifest["placements"] as! [[String: Any]]
            #expect(listed.map { $0["comments_moved"] as? Int } == [1, 2])
        }
        let trace = try Tracer.trace(id: first["id"] as! String, options: options)
        #expect(trace.comments[0].placement?.by == "Nguyễn Văn An, Tổ Biên tập")
        #expect(trace.comments[0].events.contains { $0.detail.contains("placed by Nguyễn Văn An") })
    }

    @Test func aLockLeftByADeadRunDoesNotBlock() throws {
        let dir = try emptyRoot()
        try copy(try sampleFiles(), to: dir)
        // What a run killed with SIGKILL leaves: the lock file with its pid, no lock held.
        try dir.write(".gopy.lock", "999999\n")
        #expect(throws: Never.self) { try Batch(options: BatchOptions(root: dir.url)).run() }
    }

    @Test func aRunKilledAtAnyMomentLeavesThePreviousOutboxAndARerunCatchesUp() throws {
        guard let gopy = Repository.gopyExecutable else {
            print("the gopy executable is not built beside the tests: skipped (make test builds it)")
            return
        }
        let dir = try emptyRoot()
        let inbox = dir.url.appendingPathComponent("inbox")
        try RoundWriter.writeCSVs(into: inbox, files: 40, rows: 150, seed: 1)
        let first = try Batch(options: BatchOptions(root: dir.url)).run()
        let previous = try snapshot(dir, first)
        try RoundWriter.writeCSVs(into: inbox, files: 60, rows: 150, seed: 2, prefix: "dem-2")

        var killedMidRun = 0
        for delay in [0.1, 0.4, 0.9, 1.6] {
            let process = Process()
            process.executableURL = gopy
            process.arguments = ["run", "--root", dir.url.path, "--quiet"]
            process.standardError = FileHandle.nullDevice
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            Thread.sleep(forTimeInterval: delay)
            let wasRunning = process.isRunning
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            guard wasRunning else { break }
            killedMidRun += 1
            let now = try OutboxReader.snapshot(dir.url.appendingPathComponent("outbox"), runID: first.runID)
            let newest = OutboxWriterNames.latestRun(dir.url.appendingPathComponent("outbox"))
            if newest == first.runID {
                #expect(now == previous, "killed after \(delay) s: the outbox is not the previous one")
            }
        }
        #expect(killedMidRun >= 2, "the run was too quick to be killed mid-way")

        let rerun = try Batch(options: BatchOptions(root: dir.url)).run()
        let clean = try emptyRoot()
        try FileManager.default.removeItem(at: clean.url.appendingPathComponent("inbox"))
        try FileManager.default.copyItem(at: inbox, to: clean.url.appendingPathComponent("inbox"))
        let cleanRun = try Batch(options: BatchOptions(root: clean.url)).run()
        #expect(try snapshot(dir, rerun) == snapshot(clean, cleanRun), "a rerun after crashes differs from a clean run")
        #expect(Verifier.verify(BatchOptions(root: dir.url)).failures.isEmpty)
    }
}

/// The newest run id in an outbox's runs/ folder.
enum OutboxWriterNames {
    static func latestRun(_ outbox: URL) -> String? {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: outbox.appendingPathComponent("runs").path)) ?? [])
            .filter { $0.hasSuffix(".json") }.map { String($0.dropLast(5)) }
        return names.sorted().last
    }
}
