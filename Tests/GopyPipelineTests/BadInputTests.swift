import Foundation
import GopyModel
@testable import GopyPipeline
import GopyTestSupport
import Testing

/// Bad input is rejected with file, place and reason; everything else goes on.
@Suite struct BadInputTests {
    static let goodCSV = """
        STT,Họ và tên,Số điện thoại,Nội dung góp ý,Phần/mục góp ý
        1,Lê Thị Hoa,0912 345 678,Đề nghị bổ sung chỉ tiêu về chuyển đổi số.,"Phần thứ nhất, mục I.1"
        2,Phạm Văn Nam,,Tôi hoàn toàn nhất trí với dự thảo.,

        """

    func makeRoot() throws -> TemporaryDirectory {
        let dir = try TemporaryDirectory(prefix: "gopy-bad")
        try FileManager.default.copyItem(at: Repository.root.appendingPathComponent("config"), to: dir.url.appendingPathComponent("config"))
        try dir.write("inbox/nhan-dan/cong-thong-tin/tot.csv", Self.goodCSV)
        return dir
    }

    func rejected(_ dir: TemporaryDirectory) throws -> [[String: Any]] {
        (try OutboxReader.json(dir.url.appendingPathComponent("outbox"), "rejected.json") as! [String: Any])["rejected"] as! [[String: Any]]
    }

    @Test func eachBadFileIsRejectedWithItsReasonAndTheRestIsIngested() throws {
        let dir = try makeRoot()
        try dir.write("inbox/mat-tran/hong.xml", "<?xml version=\"1.0\"?>\n<submission draft=\"bcct-xvii\">\n  <source id=\"mttq-tinh\" kind=\"front\">MTTQ</source>\n  <comment id=\"1\"><text>Đề nghị bổ sung</comment>\n</submission>\n")
        try dir.write("inbox/mat-tran/dtd.xml", "<?xml version=\"1.0\"?>\n<!DOCTYPE submission [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<submission><comment id=\"1\"><text>&x;</text></comment></submission>\n")
        try dir.write("inbox/nhan-dan/cong-thong-tin/ngoac.csv", "STT,Nội dung góp ý\n1,Đề nghị làm rõ chỉ tiêu.\n2,\"Ý kiến không đóng ngoặc\n3,khác\n")
        try dir.write("inbox/nhan-dan/cong-thong-tin/khong-cot.csv", "STT,Họ và tên\n1,Lê Văn A\n")
        try dir.write("inbox/nhan-dan/cong-thong-tin/rong.csv", "")
        try dir.write("inbox/nhan-dan/cong-thong-tin/nhi-phan.txt", bytes: [0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x08, 0x00, 0xFF, 0x00])
        try dir.write("inbox/nhan-dan/cong-thong-tin/bao-cao.pdf", "%PDF-1.4")

        let report = try Batch(options: BatchOptions(root: dir.url, jobs: 2)).run()
        let items = try rejected(dir)
        func reason(_ file: String) -> [String: Any]? { items.first { ($0["file"] as? String)?.hasSuffix(file) == true } }

        #expect(reason("hong.xml")?["scope"] as? String == "file")
        #expect(reason("hong.xml")?["line"] as? Int == 4)
        #expect((reason("dtd.xml")?["reason"] as? String)?.contains("DTD") == true)
        #expect(reason("ngoac.csv")?["scope"] as? String == "record")
        #expect(reason("ngoac.csv")?["line"] as? Int == 3)
        #expect((reason("khong-cot.csv")?["reason"] as? String)?.contains("text column") == true)
        #expect((reason("rong.csv")?["reason"] as? String)?.contains("empty") == true)
        #expect((reason("nhi-phan.txt")?["reason"] as? String)?.contains("binary") == true)
        #expect((reason("bao-cao.pdf")?["reason"] as? String)?.contains("unsupported") == true)

        // The good file and the good record of the half-bad CSV are in.
        let comments = try OutboxReader.comments(dir.url.appendingPathComponent("outbox"), draft: "bcct-xvii")
        #expect(comments.filter { ($0["file"] as! String).hasSuffix("tot.csv") }.count == 2)
        #expect(comments.filter { ($0["file"] as! String).hasSuffix("ngoac.csv") }.count == 1)
        #expect(report.filesRejected == 6)
        let outbox = try OutboxReader.snapshot(dir.url.appendingPathComponent("outbox"), runID: report.runID)
        #expect(!outbox.values.contains { $0.contains("root:x:0") }, "an external entity was expanded")
    }

    @Test func aBadConfigStopsTheRunNamingFileAndLine() throws {
        let dir = try makeRoot()
        try dir.write("config/sources.yaml", "sources:\n  - id: x\n    name: \"X\"\n    kind: distric\n")
        #expect {
            try Batch(options: BatchOptions(root: dir.url)).run()
        } throws: { error in
            let text = "\(error)"
            return text.contains("sources.yaml") && text.contains(":4")
        }
        #expect(!FileManager.default.fileExists(atPath: dir.url.appendingPathComponent("outbox/rejected.json").path))
    }

    @Test func theCommandExitsNonZeroWithOneLineOnABadConfig() throws {
        guard let gopy = Repository.gopyExecutable else {
            print("the gopy executable is not built beside the tests: skipped (make test builds it)")
            return
        }
        let dir = try makeRoot()
        try dir.write("config/gopy.yaml", "default_draft: [unclosed\n")
        let result = try ProcessRunner.run(gopy, ["run", "--root", dir.url.path])
        #expect(result.status != 0)
        #expect(result.stderr.contains("gopy.yaml"))
    }

    @Test func theAuditCommandsAnswerPeopleAndMachines() throws {
        guard let gopy = Repository.gopyExecutable else {
            print("the gopy executable is not built beside the tests: skipped (make test builds it)")
            return
        }
        let dir = try makeRoot()
        let run = try ProcessRunner.run(gopy, ["run", "--root", dir.url.path, "--quiet"])
        #expect(run.status == 0, "\(run.stderr)")
        let verify = try ProcessRunner.run(gopy, ["verify", "--root", dir.url.path, "--json"])
        #expect(verify.status == 0)
        #expect(verify.stdout.contains("\"ok\": true"))
        let status = try ProcessRunner.run(gopy, ["status", "--root", dir.url.path])
        #expect(status.stdout.contains("Dự thảo bcct-xvii: 2 ý kiến"))
        let comments = try OutboxReader.comments(dir.url.appendingPathComponent("outbox"), draft: "bcct-xvii")
        let id = try #require(comments.first { $0["point"] is String }?["id"] as? String)
        let trace = try ProcessRunner.run(gopy, ["trace", id, "--root", dir.url.path])
        #expect(trace.status == 0)
        #expect(trace.stdout.contains("Nguyên văn") && trace.stdout.contains("Lê Thị Hoa"), "trace shows the original and the sender")
        let missing = try ProcessRunner.run(gopy, ["trace", "C-khong-co", "--root", dir.url.path])
        #expect(missing.status != 0 && missing.stderr.contains("C-khong-co"))
    }

    @Test func aSecondRunRefusesWhileTheLockIsHeld() throws {
        let dir = try makeRoot()
        let held = try RunLock(path: dir.url.appendingPathComponent(".gopy.lock").path)
        #expect {
            try Batch(options: BatchOptions(root: dir.url)).run()
        } throws: { error in
            if case BatchError.locked = error { return true }
            return false
        }
        withExtendedLifetime(held) {}
    }

    @Test func anUnwritableOutboxIsAClearError() throws {
        let dir = try makeRoot()
        // The outbox's parent is a file: nothing can be built there, not even by root.
        try dir.write("blocker", "a file, not a folder")
        let options = BatchOptions(root: dir.url, outbox: dir.url.appendingPathComponent("blocker/outbox"))
        #expect {
            try Batch(options: options).run()
        } throws: { error in
            guard case BatchError.outbox = error else { return false }
            return "\(error)".contains("blocker/outbox")
        }
    }
}

@Suite struct SelfIntroductionTests {
    @Test func aCitizenNamingThemselfInTheTextIsMasked() throws {
        let dir = try TemporaryDirectory(prefix: "gopy-intro")
        try FileManager.default.copyItem(at: Repository.root.appendingPathComponent("config"), to: dir.url.appendingPathComponent("config"))
        try dir.write("inbox/nhan-dan/cong-thong-tin/a.csv", "STT,Họ và tên,Nội dung góp ý\n1,,\"Tôi là Hồ Gia Hùng, ở xã Ea Kly. Đề nghị làm rõ chỉ tiêu.\"\n2,,\"Họ tên: Lê Thị Mai. Nhất trí với dự thảo, đề nghị bổ sung y tế.\"\n3,,\"Tôi là người dân, đề nghị quan tâm Nông thôn mới.\"\n")
        try Batch(options: BatchOptions(root: dir.url)).run()
        let texts = try OutboxReader.comments(dir.url.appendingPathComponent("outbox"), draft: "bcct-xvii").map { $0["text"] as! String }
        #expect(!texts.joined().contains("Hồ Gia Hùng") && !texts.joined().contains("Lê Thị Mai"))
        #expect(texts.contains { $0.hasPrefix("Tôi là [họ tên], ở xã Ea Kly") })
        #expect(texts.contains { $0.contains("Tôi là người dân") }, "words that are not a name stay")
    }
}
