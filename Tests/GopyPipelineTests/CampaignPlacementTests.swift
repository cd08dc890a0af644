import Foundation
import GopyModel
import GopyPipeline
import GopyTestSupport
import Testing

/// A form-letter campaign is placed once: every member in one section, one point there.
@Suite struct CampaignPlacementTests {
    static let template = """
        Đề nghị bổ sung vào dự thảo giải pháp bảo vệ rừng đầu nguồn gắn với bảo đảm nguồn nước sinh hoạt \
        cho Nhân dân các xã vùng sâu, vùng xa; nâng mức khoán bảo vệ rừng cho đồng bào dân tộc thiểu số \
        và có cơ chế hỗ trợ kinh phí cho các tổ bảo vệ rừng cộng đồng.
        """
    static let people = ["Lê Văn Tư", "Trần Thị Năm", "Phạm Văn Sáu", "Võ Thị Bảy", "Đặng Văn Tám", "Bùi Thị Chín", "Hồ Văn Mười", "Ngô Thị Hai"]
    static let openings = ["Kính gửi Ban soạn thảo.", "", "Tôi xin góp ý:", "", "Thưa Tổ biên tập,", "", "", "Kính gửi các đồng chí."]
    static let closings = ["", "Rất mong được quan tâm.", "", "Nước sạch là mong mỏi của bà con trường học ở xã tôi.", "", "", "Xin cảm ơn.", ""]

    /// Eight citizens send the template; the first three name Phần thứ hai, mục III.3.
    func writeRound(_ dir: TemporaryDirectory) throws {
        var csv = "STT,Họ và tên,Phần/mục góp ý,Nội dung góp ý\n"
        for (n, person) in Self.people.enumerated() {
            let text = [Self.openings[n], Self.template, Self.closings[n]].filter { !$0.isEmpty }.joined(separator: " ")
            csv += "\(n + 1),\(person),\(n < 3 ? "\"Phần thứ hai, mục III.3\"" : ""),\"\(text)\"\n"
        }
        csv += "9,Lý Văn Một,,\"Đề nghị tăng cường kiểm tra an toàn thực phẩm tại các trường học.\"\n"
        try dir.write("inbox/nhan-dan/cong-thong-tin/chien-dich.csv", csv)
    }

    func emptyRoot() throws -> TemporaryDirectory {
        let dir = try TemporaryDirectory(prefix: "gopy-campaign")
        try FileManager.default.copyItem(at: Repository.root.appendingPathComponent("config"), to: dir.url.appendingPathComponent("config"))
        return dir
    }

    @Test func everyMemberGoesWhereTheCampaignIsPlacedAndItIsOnePoint() throws {
        let dir = try emptyRoot()
        try writeRound(dir)
        let options = BatchOptions(root: dir.url)
        try Batch(options: options).run()
        let outbox = dir.url.appendingPathComponent("outbox")
        let comments = try OutboxReader.comments(outbox, draft: "bcct-xvii")
        let members = comments.filter { $0["campaign"] is String }
        try #require(members.count == 8)
        #expect(Set(members.map { $0["campaign"] as! String }).count == 1)
        #expect(members.allSatisfy { $0["section"] as? String == "2.III.3" })
        #expect(members.filter { $0["section_basis"] as? String == "explicit" }.count == 3)
        #expect(members.filter { $0["section_basis"] as? String != "explicit" }.allSatisfy { $0["section_basis"] as? String == "inferred" })
        // One point for the campaign; a point for the member's long addition, if any, beside it.
        let campaignPoints = Set(members.compactMap { $0["point"] as? String })
        let synthesis = try OutboxReader.json(outbox, "bcct-xvii/synthesis.json") as! [String: Any]
        let section = (synthesis["sections"] as! [[String: Any]]).first { $0["id"] as? String == "2.III.3" }!
        let points = (section["points"] as! [[String: Any]]).filter { campaignPoints.contains($0["id"] as! String) }
        let campaign = try #require(points.first { $0["campaign_summary"] is [String: Any] })
        #expect(campaign["submissions"] as? Int == 8)
        #expect((campaign["text"] as! String).hasPrefix("Đề nghị bổ sung vào dự thảo giải pháp bảo vệ rừng đầu nguồn"))
        #expect(points.allSatisfy { $0["id"] as? String == campaign["id"] as? String || $0["linked_campaign"] as? String == campaign["campaign"] as? String })

        // A drafter pins the campaign's point elsewhere: every member it lists follows.
        try dir.write("config/placements.yaml", """
            placements:
              - point: \(campaign["id"] as! String)
                section: "2.III.2"
                by: "Trần Thị Bình, Tổ Biên tập"
                at: "2026-11-21"
            """)
        try Batch(options: options).run()
        let after = try OutboxReader.comments(outbox, draft: "bcct-xvii")
        let listed = Set(campaign["comments"] as! [String])
        let moved = after.filter { listed.contains($0["id"] as! String) }
        #expect(moved.count == listed.count && moved.allSatisfy { $0["section"] as? String == "2.III.2" })
    }
}
