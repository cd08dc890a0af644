import Foundation
import GopyDedup
import GopyModel
import GopySynthesis
import GopyText
import Testing

/// A form-letter campaign in the synthesis: one point with its template, its true size, its
/// distinct senders and its members' additions; a substantial addition as its own point.
@Suite struct CampaignPointTests {
    let draft = Draft(id: "d", title: "Dự thảo Báo cáo chính trị", round: 2, sections: [
        OutlineSection(id: "1", title: "Phần thứ nhất", sections: [
            OutlineSection(id: "1.I", title: "Kết quả"),
            OutlineSection(id: "1.II", title: "Hạn chế"),
        ]),
    ])

    /// The template, as the campaign's organisers wrote it (53 syllables).
    static let template = """
        Đề nghị Ban soạn thảo bổ sung vào dự thảo nội dung về bảo vệ rừng đầu nguồn và nguồn nước \
        sinh hoạt của nhân dân các xã vùng sâu, vùng xa; có cơ chế hỗ trợ kinh phí cho các tổ bảo vệ \
        rừng cộng đồng, nâng mức khoán bảo vệ rừng cho đồng bào dân tộc thiểu số.
        """
    static let openings = [
        "Kính gửi Ban soạn thảo, tôi là người dân ở xã Ea Tu.",
        "Kính thưa các đồng chí,",
        "",
        "Tôi xin góp ý như sau:",
        "Kính gửi Tổ biên tập.",
        "",
        "Thưa Ban soạn thảo,",
    ]
    /// A member's own words that are substantial (more than 25 syllables).
    static let longAddition = """
        Ngoài ra, ở thôn chúng tôi nhiều hộ vẫn chưa có nước sạch, mùa khô phải đi xa hàng cây số \
        để lấy nước, đề nghị tỉnh sớm đầu tư công trình cấp nước tập trung cho các thôn buôn.
        """

    func comment(_ n: Int, text: String, author: String, section: String? = nil) -> GopyModel.Comment {
        GopyModel.Comment(
            id: "C-\(n)", provenance: Provenance(file: "nhan-dan/cong.csv", sha256: "s", locator: Locator(line: n + 1, row: n)),
            source: SourceRef(id: "cong", kind: .citizen, name: "Cổng thông tin điện tử"), draft: "d", round: 2,
            section: section, sectionBasis: section == nil ? .none : .explicit, originalText: text, text: text,
            matchingKey: MatchingKey.make(text), general: false, personal: PersonalData(author: author)
        )
    }

    /// 14 campaign members (13 distinct senders, one of whom sent it twice), one with a long
    /// addition, three with a short one; and two unrelated comments.
    func round() -> (comments: [GopyModel.Comment], result: DedupResult) {
        var comments: [GopyModel.Comment] = []
        for n in 0..<14 {
            var text = Self.openings[n % Self.openings.count]
            text += (text.isEmpty ? "" : " ") + Self.template
            if n == 3 { text += " " + Self.longAddition }
            if n == 5 || n == 9 || n == 11 { text += " Rất mong được quan tâm." }
            // Tone-mark style and abbreviation differ among members, as people type them.
            if n % 4 == 1 { text = text.replacingOccurrences(of: "hỗ trợ", with: "hổ trợ") }
            comments.append(comment(n, text: text, author: n == 13 ? "Người 12" : "Người \(n)", section: "1.II"))
        }
        comments.append(comment(20, text: "Cần đánh giá rõ hơn nguyên nhân chủ quan của hạn chế trong thu hút đầu tư.", author: "Người 20", section: "1.II"))
        comments.append(comment(21, text: "Đề nghị bổ sung số liệu về giảm nghèo bền vững giai đoạn vừa qua.", author: "Người 21", section: "1.II"))
        let result = NearDuplicateClusterer.cluster(comments.map {
            DedupInput(
                commentID: $0.id, scope: ClusterScope(draft: "d", round: 2), senderKey: SenderIdentity.key($0),
                matchingKey: MatchingKey.comparisonKey($0.text), typedWithoutDiacritics: MatchingKey.isTypedWithoutDiacritics($0.text)
            )
        })
        return (comments, result)
    }

    @Test func aCampaignIsOnePointWithItsTrueSizeAndDistinctSenders() throws {
        let (comments, result) = round()
        try #require(result.campaigns.count == 1)
        let campaign = result.campaigns[0]
        #expect(campaign.members.count == 14)
        let s = SynthesisBuilder.build(
            draft: draft, runID: "r", comments: comments, grouping: PointGrouping(clusterOf: result.clusterOf, campaigns: result.campaigns)
        )
        let section = try #require(s.sections.first { $0.id == "1.II" })
        let campaignPoints = section.points.filter { $0.campaign != nil }
        try #require(campaignPoints.count == 1)
        let point = campaignPoints[0]
        let summary = try #require(point.campaignSummary)
        #expect(point.submissions == 14 && summary.submissions == 14)
        #expect(summary.distinctSenders == 13 && point.citizens == 13)
        // The template is shown as people wrote it, without anyone's personal opening.
        #expect(summary.template.hasPrefix("Đề nghị Ban soạn thảo bổ sung"))
        #expect(!summary.template.contains("Kính gửi") && !summary.template.contains("Ea Tu"))
        #expect(point.text == summary.template)
        // The members' own additions, summarised in their spelling, most frequent first.
        #expect(summary.withAdditions >= 4)
        #expect(summary.additions.first?.text == "Rất mong được quan tâm")
        #expect(summary.additions.first?.count == 3)
        // The long addition stands as its own point, linked to the campaign, and counted once.
        let standalone = try #require(section.points.first { $0.linkedCampaign == campaign.id })
        #expect(summary.standalonePoints == [standalone.id])
        #expect(standalone.comments == ["C-3"])
        #expect(standalone.text.hasPrefix("Ngoài ra, ở thôn chúng tôi nhiều hộ vẫn chưa có nước sạch"))
        #expect(!point.comments.contains("C-3"))
        #expect(s.pointOf["C-3"] == standalone.id)
        // Every comment is in exactly one point.
        let listed = section.points.flatMap(\.comments)
        #expect(listed.count == Set(listed).count && listed.count == 16)
        #expect(section.points.count == 4)  // the campaign, the standalone addition, two others
    }

    @Test func theCampaignPointIsTheSameWhateverTheOrder() {
        let (comments, result) = round()
        let grouping = PointGrouping(clusterOf: result.clusterOf, campaigns: result.campaigns)
        let a = SynthesisBuilder.build(draft: draft, runID: "r", comments: comments, grouping: grouping)
        let b = SynthesisBuilder.build(draft: draft, runID: "r", comments: comments.reversed(), grouping: grouping)
        #expect(a == b)
    }

    @Test func wholeDocumentRemarksHaveTheirOwnPart() {
        let remark = comment(30, text: "Dự thảo còn dài, đề nghị viết ngắn gọn hơn.", author: "Người 30")
        let open = comment(31, text: "Cần làm rõ hơn trách nhiệm người đứng đầu.", author: "Người 31")
        let s = SynthesisBuilder.build(
            draft: draft, runID: "r", comments: [remark, open], grouping: PointGrouping(clusterOf: [:]), wholeDocument: ["C-30"]
        )
        #expect(s.wholeDocument.points.map(\.comments) == [["C-30"]])
        #expect(s.unassigned.points.map(\.comments) == [["C-31"]])
        #expect(s.wholeDocument.part == .wholeDocument && s.unassigned.part == .unassigned)
        #expect(s.pointOf["C-30"] != s.pointOf["C-31"])
    }
}
