import Foundation
import GopyIngest
import GopyModel
import GopyPipeline
import GopyTestSupport
import Testing

/// The nightly batch on the shipped sample round, end to end, checked against the contract.
@Suite struct SampleRoundTests {
    let dir: TemporaryDirectory
    let report: BatchReport

    init() throws {
        dir = try TemporaryDirectory(prefix: "gopy-sample")
        try Repository.copySampleRound(to: dir.url)
        report = try Batch(options: BatchOptions(root: dir.url, jobs: 2)).run()
    }

    var outbox: URL { dir.url.appendingPathComponent("outbox") }

    @Test func everySampleFileIsIngested() throws {
        let rejected = try OutboxReader.json(outbox, "rejected.json") as! [String: Any]
        let items = rejected["rejected"] as! [[String: Any]]
        let fatal = items.filter { $0["scope"] as? String != "warning" }
        #expect(fatal.isEmpty, "sample files or records rejected: \(fatal)")
        #expect(report.filesRejected == 0)
        #expect(report.comments >= 250)
    }

    @Test func commentsKeepTheContract() throws {
        let comments = try OutboxReader.comments(outbox, draft: "bcct-xvii")
        #expect(comments.count == report.comments)
        let kinds = Set(comments.compactMap { ($0["source"] as? [String: Any])?["kind"] as? String })
        #expect(kinds.isSuperset(of: ["district", "front", "expert", "agency", "citizen"]))
        for c in comments {
            let file = c["file"] as! String
            let locator = c["locator"] as! [String: Any]
            #expect((locator["line"] as? Int ?? 0) >= 1)
            if file.hasSuffix(".csv") { #expect(locator["row"] is Int) }
            if file.hasSuffix(".xml") { #expect(locator["record"] is Int) }
            #expect((c["point"] is String) || (c["general"] as? Bool == true))
        }
        // The inference's score is kept for the comments placed by their content, and only for them.
        for c in comments {
            let inferred = c["section_basis"] as? String == "inferred"
            let score = c["section_score"] as? Double
            if inferred && c["campaign"] is NSNull { #expect((score ?? 0) > 0) }
            if !inferred { #expect(score == nil) }
        }
        let bases = Set(comments.compactMap { $0["section_basis"] as? String })
        #expect(bases.isSuperset(of: ["explicit", "context"]), "bases seen: \(bases)")
        #expect(comments.contains { $0["general"] as? Bool == true })
    }

    @Test func duplicatesAreMergedIntoOnePoint() throws {
        let synthesis = try OutboxReader.json(outbox, "bcct-xvii/synthesis.json") as! [String: Any]
        var points: [[String: Any]] = []
        for section in synthesis["sections"] as! [[String: Any]] { points += section["points"] as! [[String: Any]] }
        points += (synthesis["unassigned"] as! [String: Any])["points"] as! [[String: Any]]
        #expect(points.contains { ($0["submissions"] as? Int ?? 0) > 1 })
        let listed = points.flatMap { $0["comments"] as! [String] }
        #expect(Set(listed).count == listed.count, "a comment is listed under two points")
    }

    /// The sample's form letter (the Buôn Ma Thuột – Nha Trang expressway, sent by 22 citizens
    /// with their own openings and additions) is one point, with its true size and additions.
    @Test func theFormLetterIsOnePointWithItsSizeAndAdditions() throws {
        let synthesis = try OutboxReader.json(outbox, "bcct-xvii/synthesis.json") as! [String: Any]
        var points: [(section: String?, point: [String: Any])] = []
        for section in synthesis["sections"] as! [[String: Any]] {
            points += (section["points"] as! [[String: Any]]).map { (section["id"] as? String, $0) }
        }
        points += ((synthesis["unassigned"] as! [String: Any])["points"] as! [[String: Any]]).map { (nil, $0) }
        let campaigns = points.filter { $0.point["campaign_summary"] is [String: Any] }
        try #require(campaigns.count == 1)
        let (section, point) = campaigns[0]
        let summary = point["campaign_summary"] as! [String: Any]
        #expect(section == "2.III.1")
        #expect(point["submissions"] as? Int == 22 && summary["submissions"] as? Int == 22)
        #expect(summary["distinct_senders"] as? Int == 22)
        let template = summary["template"] as! String
        #expect(template.hasPrefix("Đề nghị Báo cáo chính trị xác định đầu tư xây dựng tuyến đường cao tốc Buôn Ma Thuột - Nha Trang"))
        #expect(point["text"] as? String == template)
        let additions = summary["additions"] as! [[String: Any]]
        #expect((summary["with_additions"] as? Int ?? 0) >= additions.count && !additions.isEmpty)
        // Every member is in the campaign's point or in a point standing for its addition.
        let campaignID = point["campaign"] as! String
        let members = try OutboxReader.comments(outbox, draft: "bcct-xvii").filter { $0["campaign"] as? String == campaignID }
        #expect(members.count == 22)
        let standalone = Set(summary["standalone_points"] as! [String])
        for member in members {
            let own = member["point"] as? String
            #expect(own == point["id"] as? String || standalone.contains(own ?? ""))
            #expect(member["section"] as? String == "2.III.1")
        }
        for (_, linked) in points where standalone.contains(linked["id"] as! String) {
            #expect(linked["linked_campaign"] as? String == campaignID)
        }
    }

    /// Remarks about the draft as a whole have their own part, apart from comments not placed.
    @Test func wholeDocumentRemarksHaveTheirOwnPart() throws {
        let synthesis = try OutboxReader.json(outbox, "bcct-xvii/synthesis.json") as! [String: Any]
        let unassigned = synthesis["unassigned"] as! [String: Any]
        let whole = unassigned["whole_document"] as! [String: Any]
        let wholeIDs = Set(whole["points"] as! [String])
        let points = unassigned["points"] as! [[String: Any]]
        let texts = points.filter { wholeIDs.contains($0["id"] as! String) }.map { $0["text"] as! String }
        #expect(texts.contains { $0.hasPrefix("Dự thảo còn dài") })
        for point in points {
            #expect(point["part"] as? String == (wholeIDs.contains(point["id"] as! String) ? "document" : "unassigned"))
        }
        let comments = try OutboxReader.comments(outbox, draft: "bcct-xvii")
        let pointPart = Dictionary(uniqueKeysWithValues: points.map { ($0["id"] as! String, $0["part"] as! String) })
        for c in comments where c["section"] is NSNull {
            let isWhole = c["whole_document"] as? Bool == true
            if let point = c["point"] as? String { #expect((pointPart[point] == "document") == isWhole) }
            if c["general"] as? Bool == true { #expect(isWhole) }
        }
        let page = try dir.read("outbox/bcct-xvii/toan-bo-du-thao.md")
        #expect(page.hasPrefix("# Ý kiến về toàn bộ dự thảo"))
    }

    @Test func noPersonalDataReachesTheOutbox() throws {
        // Every personal value the inbox's CSV and XML files carry, read with gopy's own readers.
        var personal = Set<String>()
        let inbox = dir.url.appendingPathComponent("inbox")
        for case let path as String in FileManager.default.enumerator(atPath: inbox.path)! where path.hasSuffix(".csv") || path.hasSuffix(".xml") {
            let reading = try InboxFileReader.read(path: path, source: FileByteSource(path: inbox.appendingPathComponent(path).path))
            for comment in reading.parsed.comments {
                for value in comment.personal.values where value.count >= 6 { personal.insert(value) }
            }
        }
        #expect(personal.count > 100, "the sample should carry personal data to leave out")
        let snapshot = try OutboxReader.snapshot(outbox, runID: report.runID)
        for (path, text) in snapshot where !text.hasPrefix("bytes ") {
            let normalised = text.precomposedStringWithCanonicalMapping
            for value in personal {
                #expect(!normalised.contains(value.precomposedStringWithCanonicalMapping), "\(path) holds personal data")
            }
            #expect(normalised.firstMatch(of: /\b0\d{2,3}[ .]?\d{3}[ .]?\d{3,4}\b/) == nil, "\(path) holds a phone number")
            #expect(normalised.firstMatch(of: /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[a-z]{2,}/) == nil, "\(path) holds an e-mail address")
        }
    }

    @Test func outboxPassesTheSharedChecker() throws {
        guard let checker = Repository.checkOutbox else {
            print("../shared/tools/check-outbox is not beside the project: skipped")
            return
        }
        let result = try ProcessRunner.run(URL(fileURLWithPath: "/usr/bin/env"), ["python3", checker.path, dir.url.path])
        #expect(result.status == 0, "check-outbox: \(result.stdout)\(result.stderr)")
    }

    @Test func everySectionHasItsSynthesisInVietnamese() throws {
        let sections = try FileManager.default.contentsOfDirectory(atPath: outbox.appendingPathComponent("bcct-xvii/sections").path)
        #expect(sections.count >= 14)
        let index = try dir.read("outbox/bcct-xvii/index.md")
        #expect(index.contains("Tổng hợp ý kiến góp ý"))
        #expect(index.contains("Ý kiến theo nguồn"))
        #expect(index.contains("Huyện ủy, thị ủy, thành ủy"))
        for file in ["index.html", "toan-bo-du-thao.html", "chua-xac-dinh.html", "sections/1.I.1.html", "tong-hop-y-kien.docx"] {
            #expect(FileManager.default.fileExists(atPath: outbox.appendingPathComponent("bcct-xvii/\(file)").path), "\(file) not written")
        }
    }

    @Test func manifestRecordsInputsAndOutputs() throws {
        let manifest = try OutboxReader.json(outbox, "runs/\(report.runID).json") as! [String: Any]
        let inputs = manifest["inputs"] as! [[String: Any]]
        #expect(inputs.count == report.files)
        #expect(inputs.allSatisfy { ($0["sha256"] as? String)?.count == 64 })
        let outputs = manifest["outputs"] as! [[String: Any]]
        #expect(outputs.contains { $0["file"] as? String == "bcct-xvii/synthesis.json" })
        #expect(manifest["previous"] is NSNull)
        #expect(Verifier.verify(BatchOptions(root: dir.url)).failures.isEmpty)
    }
}
