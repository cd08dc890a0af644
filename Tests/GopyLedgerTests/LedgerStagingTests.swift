import Foundation
import GopyLedger
import GopyModel
import GopyTestSupport
import Testing

/// A night's comments set aside as files are read, then committed with the night.
@Suite struct LedgerStagingTests {
    func comment(_ id: String, line: Int, sha: String = "s1") -> StoredComment {
        let c = Comment(
            id: id, provenance: Provenance(file: "a.csv", sha256: sha, locator: Locator(line: line, row: line - 1)),
            source: SourceRef(id: "web", kind: .citizen, name: "Cổng"), draft: "d", round: 2, section: "1.I",
            sectionBasis: .explicit, originalText: "Lê Văn A: đề nghị", text: "[họ tên]: đề nghị", matchingKey: "họ tên đề nghị",
            general: false, externalID: "17", personal: PersonalData(author: "Lê Văn A", phone: "0912345678"), received: "2025-03-02",
            sectionScore: 0.75
        )
        return StoredComment(comment: c, raw: RawComment(locator: c.provenance.locator, text: c.originalText, headings: ["II. Ý KIẾN CỤ THỂ"]))
    }

    func night(_ run: String, sha: String = "s1") -> NightChanges {
        var night = NightChanges(run: run)
        night.files = [LedgerFile(sha256: sha, size: 10, format: "csv", encoding: "utf-8", confidence: 1, status: .ingested, firstPath: "a.csv", firstRun: run)]
        night.sightings = [PathSighting(path: "a.csv", sha256: sha, size: 10, mtimeNanoseconds: 5)]
        night.events = [LedgerEvent(run: run, kind: .assigned, subject: "C-1", detail: "point P-1")]
        return night
    }

    @Test func stagedCommentsAndEventsAreCommittedWithTheNight() throws {
        let dir = try TemporaryDirectory()
        let ledger = try Ledger(path: dir.url.appendingPathComponent("gopy.sqlite").path)
        try ledger.stage(comments: [comment("C-1", line: 2)], events: [LedgerEvent(run: "R1", kind: .ingested, subject: "C-1", detail: "a.csv line 2")], run: "R1")
        try ledger.stage(comments: [comment("C-2", line: 3)], events: [], run: "R1")
        #expect(try ledger.stagedCommentCount() == 2)
        #expect(try ledger.activeComments().isEmpty, "staged comments are not in the ledger before the commit")

        try ledger.commit(night("R1"))
        let active = try ledger.activeComments()
        #expect(active == [comment("C-1", line: 2), comment("C-2", line: 3)])
        #expect(try ledger.stagedCommentCount() == 0)
        // The events of the reading come before the night's own.
        #expect(try ledger.events(subjects: ["C-1"]).map(\.kind) == [.ingested, .assigned])
    }

    @Test func commentsStagedByARunThatDiedNeverReachTheLedger() throws {
        let dir = try TemporaryDirectory()
        let path = dir.url.appendingPathComponent("gopy.sqlite").path
        do {
            let ledger = try Ledger(path: path)
            try ledger.stage(comments: [comment("C-1", line: 2)], events: [LedgerEvent(run: "R1", kind: .ingested, subject: "C-1", detail: "")], run: "R1")
        }
        let again = try Ledger(path: path)
        #expect(try again.stagedCommentCount() == 0)
        try again.stage(comments: [comment("C-2", line: 3)], events: [], run: "R2")
        #expect(try again.stagedCommentCount() == 1, "the dead run's scratch file is thrown away")
        try again.commit(night("R2"))
        #expect(try again.activeComments().map(\.comment.id) == ["C-2"])
        #expect(try again.events(subjects: ["C-1"]).map(\.kind) == [.assigned])
        #expect(!FileManager.default.fileExists(atPath: again.stagingPath), "the commit removes the scratch file")
    }

    @Test func aDeadRunsStagingIsDiscardedEvenWhenNothingIsStagedAgain() throws {
        let dir = try TemporaryDirectory()
        let path = dir.url.appendingPathComponent("gopy.sqlite").path
        do {
            let ledger = try Ledger(path: path)
            try ledger.stage(comments: [comment("C-1", line: 2)], events: [], run: "R1")
            #expect(FileManager.default.fileExists(atPath: ledger.stagingPath))
        }
        let again = try Ledger(path: path)
        try again.discardStaging()
        #expect(!FileManager.default.fileExists(atPath: again.stagingPath))
        try again.commit(night("R2"))
        #expect(try again.activeComments().isEmpty, "nothing the dead run staged reaches the ledger")
    }

    @Test func aFailedCommitKeepsNothingOfTheStagedComments() throws {
        let dir = try TemporaryDirectory()
        let ledger = try Ledger(path: dir.url.appendingPathComponent("gopy.sqlite").path)
        // A comment whose file is not in the ledger breaks the foreign key.
        try ledger.stage(comments: [comment("C-1", line: 2), comment("C-9", line: 9, sha: "unknown")], events: [], run: "R1")
        #expect(throws: LedgerError.self) { try ledger.commit(night("R1")) }
        #expect(try ledger.activeComments().isEmpty)
        #expect(try ledger.counts().events == 0)
    }

    @Test func workingCommentsAreTheActiveOnesWithoutWhatOnlyTheLedgerReads() throws {
        let dir = try TemporaryDirectory()
        let ledger = try Ledger(path: dir.url.appendingPathComponent("gopy.sqlite").path)
        var first = night("R1")
        first.comments = [comment("C-1", line: 2), comment("C-2", line: 3)]
        try ledger.commit(first)
        var second = NightChanges(run: "R2")
        second.superseded = ["C-1"]
        try ledger.commit(second)

        let working = try ledger.workingComments()
        var expected = comment("C-2", line: 3).comment
        expected.originalText = ""
        expected.matchingKey = ""
        expected.externalID = nil
        expected.received = nil
        #expect(working == [expected])
        #expect(working[0].personal.phone == "0912345678", "personal data stays: it tells senders apart")
    }
}
