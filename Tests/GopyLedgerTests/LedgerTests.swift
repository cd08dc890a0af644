import Foundation
import GopyLedger
import GopyModel
import GopyTestSupport
import Testing

@Suite struct LedgerTests {
    func comment(_ id: String, sha: String, line: Int) -> StoredComment {
        let c = Comment(
            id: id, provenance: Provenance(file: "a.csv", sha256: sha, locator: Locator(line: line, row: line - 1)),
            source: SourceRef(id: "web", kind: .citizen, name: "Cổng"), draft: "d", round: 2, section: "1.I",
            sectionBasis: .explicit, originalText: "Lê Văn A: đề nghị", text: "[họ tên]: đề nghị", matchingKey: "họ tên đề nghị",
            general: false, personal: PersonalData(author: "Lê Văn A", phone: "0912345678")
        )
        return StoredComment(comment: c, raw: RawComment(locator: c.provenance.locator, text: c.originalText, sectionReference: "mục I", headings: ["II. Ý KIẾN CỤ THỂ"]))
    }

    func night(_ run: String, sha: String = "s1") -> NightChanges {
        var night = NightChanges(run: run)
        night.files = [LedgerFile(sha256: sha, size: 10, format: "csv", encoding: "utf-8", confidence: 1, status: .ingested, firstPath: "a.csv", firstRun: run)]
        night.sightings = [PathSighting(path: "a.csv", sha256: sha, size: 10, mtimeNanoseconds: 5)]
        night.comments = [comment("C-1", sha: sha, line: 2), comment("C-2", sha: sha, line: 3)]
        night.assignments = [Assignment(commentID: "C-1", cluster: "K-1", point: "P-1", campaign: nil)]
        night.events = [LedgerEvent(run: run, kind: .ingested, subject: sha, detail: "a.csv")]
        return night
    }

    @Test func aNightIsKeptWholeWithPersonalDataAndTheReadersRecord() throws {
        let dir = try TemporaryDirectory()
        let ledger = try Ledger(path: dir.url.appendingPathComponent("l/gopy.sqlite").path)
        try ledger.beginRun(id: "R1", started: "t0", configSHA256: "c")
        try ledger.commit(night("R1"))
        try ledger.finishRun(id: "R1", finished: "t1", manifestSHA256: "m")

        let active = try ledger.activeComments()
        #expect(active.map(\.comment.id) == ["C-1", "C-2"])
        #expect(active[0].comment.personal.phone == "0912345678")
        #expect(active[0].raw.headings == ["II. Ý KIẾN CỤ THỂ"])
        #expect(try ledger.presentPaths()["a.csv"]?.mtimeNanoseconds == 5)
        #expect(try ledger.runs().map(\.status) == [.completed])
        #expect(try ledger.assignments()["C-1"]?.point == "P-1")
    }

    @Test func reopeningKeepsEverythingAndMarksADeadRunInterrupted() throws {
        let dir = try TemporaryDirectory()
        let path = dir.url.appendingPathComponent("gopy.sqlite").path
        do {
            let ledger = try Ledger(path: path)
            try ledger.beginRun(id: "R1", started: "t0", configSHA256: "c")
            try ledger.commit(night("R1"))
        }
        let again = try Ledger(path: path)
        try again.beginRun(id: "R2", started: "t1", configSHA256: "c")
        #expect(try again.runs().map(\.status) == [.interrupted, .running])
        #expect(try again.activeComments().count == 2)
    }

    @Test func aFailedCommitLeavesNothingBehind() throws {
        let dir = try TemporaryDirectory()
        let ledger = try Ledger(path: dir.url.appendingPathComponent("gopy.sqlite").path)
        var bad = night("R1")
        // A comment whose file is not in the ledger breaks the foreign key at the end.
        bad.comments.append(comment("C-9", sha: "unknown", line: 9))
        #expect(throws: LedgerError.self) { try ledger.commit(bad) }
        #expect(try ledger.activeComments().isEmpty)
        #expect(try ledger.presentPaths().isEmpty)
        #expect(try ledger.counts().events == 0)
    }

    @Test func supersededCommentsStopCountingButStayTraceable() throws {
        let dir = try TemporaryDirectory()
        let ledger = try Ledger(path: dir.url.appendingPathComponent("gopy.sqlite").path)
        try ledger.commit(night("R1"))
        var second = NightChanges(run: "R2")
        second.superseded = ["C-1"]
        try ledger.commit(second)
        #expect(try ledger.activeComments().map(\.comment.id) == ["C-2"])
        #expect(try ledger.comment(id: "C-1")?.supersededRun == "R2")
        #expect(try ledger.assignments()["C-1"] == nil)
    }

    @Test func theEventLogIsAppendOnly() throws {
        let dir = try TemporaryDirectory()
        let path = dir.url.appendingPathComponent("gopy.sqlite").path
        let ledger = try Ledger(path: path)
        try ledger.commit(night("R1"))
        #expect(try ledger.events(subjects: ["s1"]).map(\.kind) == [.ingested])
        // Straight SQL, as a careless tool would do it: refused by the schema's triggers.
        let result = try ProcessRunner.run(URL(fileURLWithPath: "/usr/bin/env"), ["sqlite3", path, "DELETE FROM events;"])
        if result.status == 127 || result.stderr.contains("No such file") { return } // no sqlite3 client here
        #expect(result.stderr.contains("append-only"))
        #expect(try ledger.events(subjects: ["s1"]).count == 1)
    }

    @Test func theArchiveStoresOnceReadOnlyAndNoticesChanges() throws {
        let dir = try TemporaryDirectory()
        let source = try dir.write("inbox/a.csv", "STT,Nội dung\n1,Đề nghị\n")
        let sha = StableID.sha256(try Data(contentsOf: source))
        let archive = Archive(folder: dir.url.appendingPathComponent("ledger/files"))
        try archive.store(source, sha256: sha)
        try archive.store(source, sha256: sha)
        #expect(archive.stored() == [sha])
        #expect(archive.verify(sha256: sha) == true)
        #expect(archive.verify(sha256: String(repeating: "0", count: 64)) == nil)
        #expect(throws: LedgerError.self) { try archive.store(source, sha256: String(repeating: "1", count: 64)) }
        let attributes = try FileManager.default.attributesOfItem(atPath: archive.url(sha256: sha).path)
        #expect(attributes[.posixPermissions] as? Int == 0o444)
    }
}
