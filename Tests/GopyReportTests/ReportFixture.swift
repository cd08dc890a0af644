import GopyModel
import GopySynthesis

/// A small draft with comments of every interesting shape: a point shared by organisations and
/// a citizen with another wording, text with markup characters, general agreement, a campaign,
/// an empty section and unassigned comments. The people are made up.
enum ReportFixture {
    static let draftTitle = "Dự thảo Báo cáo chính trị trình Đại hội đại biểu Đảng bộ tỉnh lần thứ XVII"

    static let draft = Draft(id: "bcct-xvii", title: draftTitle, round: 2, sections: [
        OutlineSection(id: "1", title: "Phần thứ nhất: Kết quả thực hiện Nghị quyết Đại hội XVI", sections: [
            OutlineSection(id: "1.I", title: "Kết quả đạt được", sections: [
                OutlineSection(id: "1.I.1", title: "Về phát triển kinh tế"),
                OutlineSection(id: "1.I.2", title: "Về văn hóa – xã hội"),
            ]),
            OutlineSection(id: "1.II", title: "Hạn chế, yếu kém và nguyên nhân"),
        ]),
        OutlineSection(id: "2", title: "Phần thứ hai: Phương hướng, mục tiêu, nhiệm vụ <2025–2030> & giải pháp", sections: [
            OutlineSection(id: "2.I", title: "Mục tiêu tổng quát"),
        ]),
    ])

    static let krongPac = SourceRef(id: "hu-krong-pac", kind: .district, name: "Huyện ủy Krông Pắc")
    static let buonHo = SourceRef(id: "tu-buon-ho", kind: .district, name: "Thị ủy Buôn Hồ")
    static let front = SourceRef(id: "mttq-tinh", kind: .front, name: "Ủy ban MTTQ Việt Nam tỉnh")
    static let portal = SourceRef(id: "cong-thong-tin", kind: .citizen, name: "Cổng thông tin điện tử tỉnh")
    static let experts = SourceRef(id: "hoi-thao-chuyen-gia", kind: .expert, name: "Hội thảo chuyên gia")
    static let planning = SourceRef(id: "so-kh-dt", kind: .agency, name: "Sở Kế hoạch và Đầu tư")

    static let growth = "Cần bổ sung đánh giá về tăng trưởng nông nghiệp công nghệ cao."
    static let growthVariant = "Cần bổ sung đánh giá về tăng trưởng nông nghiệp ứng dụng công nghệ cao"
    static let markup = "Đề nghị thay cụm từ \"phát triển nhanh & bền vững\" bằng <b>mạnh mẽ</b> – theo ý 'chuyên gia'."
    static let causes = "Đề nghị đánh giá rõ hơn nguyên nhân chủ quan của hạn chế, yếu kém."
    static let digital = "Cần phân tích sâu hơn về chuyển đổi số trong quản lý nhà nước."
    static let investment = "Số liệu thu hút đầu tư cần cập nhật đến hết năm 2024."
    static let whole = "Dự thảo nên ngắn gọn hơn, tránh lặp lại giữa các phần."
    static let unplaced = "Cần quan tâm hơn nữa đến đời sống của người có công."

    static func comment(_ id: String, _ section: String?, _ source: SourceRef, _ text: String, general: Bool = false, author: String? = nil) -> Comment {
        Comment(
            id: id, provenance: Provenance(file: "f.csv", sha256: "00", locator: Locator(line: 1)),
            source: source, draft: draft.id, round: 2, section: section,
            sectionBasis: section == nil ? .none : .explicit, originalText: text, text: text,
            matchingKey: text.lowercased(), general: general, personal: PersonalData(author: author)
        )
    }

    static let comments: [Comment] = [
        comment("C-01", "1.I.1", krongPac, growth),
        comment("C-02", "1.I.1", buonHo, growth),
        comment("C-03", "1.I.1", portal, growthVariant, author: "Nguyễn Văn An"),
        comment("C-04", "1.I.1", front, markup),
        comment("C-05", "1.I.1", portal, "Tôi hoàn toàn nhất trí.", general: true, author: "Trần Thị Bình"),
        comment("C-06", "1.I.1", portal, "Nhất trí với dự thảo.", general: true, author: "Lê Văn Cường"),
        comment("C-10", "1.II", portal, causes, author: "Phạm Văn Dũng"),
        comment("C-11", "1.II", portal, causes, author: "Hoàng Thị Em"),
        comment("C-12", "1.II", portal, causes, author: "Vũ Văn Phúc"),
        comment("C-13", "1.II", portal, causes, author: "Đặng Thị Giang"),
        comment("C-14", "1.II", portal, causes, author: "Bùi Văn Hải"),
        comment("C-15", "1.II", experts, digital),
        comment("C-20", "1", planning, investment),
        comment("C-30", nil, portal, whole, author: "Đỗ Thị Hoa"),
        comment("C-31", nil, portal, "Hoàn toàn nhất trí.", general: true, author: "Ngô Văn Ích"),
        comment("C-32", nil, portal, unplaced, author: "Lý Thị Kim"),
    ]

    static let clusters: [String: String] = [
        "C-01": "K-growth", "C-02": "K-growth", "C-03": "K-growth", "C-04": "K-markup",
        "C-10": "K-causes", "C-11": "K-causes", "C-12": "K-causes", "C-13": "K-causes", "C-14": "K-causes",
        "C-15": "K-digital", "C-20": "K-investment", "C-30": "K-whole",
    ]

    static let campaignID = "CD-nguyen-nhan"

    /// The synthesis, with the five identical citizens' comments on 1.II marked as a campaign
    /// (two of them adding a word of thanks) and C-30 a remark about the whole document.
    static let synthesis: Synthesis = {
        var s = SynthesisBuilder.build(
            draft: draft, runID: "R-2024-05-01", comments: comments, grouping: PointGrouping(clusterOf: clusters), wholeDocument: ["C-30"]
        )
        let section = s.sections.firstIndex { $0.id == "1.II" }!
        let point = s.sections[section].points.firstIndex { $0.text == causes }!
        s.sections[section].points[point].campaign = campaignID
        s.sections[section].points[point].campaignSummary = CampaignSummary(
            id: campaignID, template: causes, submissions: 5, distinctSenders: 5, withAdditions: 2,
            additions: [CampaignSummary.Addition(text: "Xin cảm ơn", count: 2)], standalonePoints: []
        )
        return s
    }()

    static var commentSources: [String: SourceRef] {
        Dictionary(uniqueKeysWithValues: comments.map { ($0.id, $0.source) })
    }

    /// Collapses runs of white space, for comparing rendered text with what went in.
    static func squeeze(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }).joined(separator: " ")
    }
}
