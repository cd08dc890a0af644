/// Recognises remarks about a draft as a whole (its length, layout, wording, spelling,
/// numbers throughout) rather than about one of its sections.
///
/// A comment is such a remark when it is not mere agreement ("Thống nhất với bố cục …" is
/// general agreement, not a remark) and either
/// - it speaks of the whole text: "toàn văn", "toàn bộ dự thảo", "giữa các phần" …; or
/// - it is about form ("quá dài", "ngắn gọn", "văn phong", "chính tả", "viết hoa", "bố cục"
///   …) and names the document ("dự thảo", "báo cáo chính trị", "văn kiện") or points to no
///   section clearly by its content ("Phần bài học kinh nghiệm nên viết ngắn gọn" is about
///   that section).
enum WholeDocumentRemarks {
    /// The cue groups, in the order of ``groups``.
    enum Group: Int {
        case form, scope, document, agreement, proposal
    }

    /// Phrases of each group, as written with diacritics.
    static let groups: [[String]] = [
        // form: how the text is written, not what it says
        [
            "bố cục", "kết cấu", "dung lượng", "độ dài", "quá dài", "còn dài", "rất dài", "dài dòng", "rườm rà",
            "ngắn gọn", "rút gọn", "cô đọng", "súc tích", "văn phong", "hành văn", "cách viết", "câu văn",
            "câu chữ", "từ ngữ", "cụm từ", "thuật ngữ", "diễn đạt", "chính tả", "viết hoa", "viết tắt",
            "dấu thanh", "thể thức", "kỹ thuật văn bản", "biên tập", "trùng lặp", "lặp lại", "đơn vị tính",
            "làm tròn", "tên gọi", "dễ hiểu", "khó hiểu", "dễ nhớ", "dễ đọc", "khó đọc", "mục lục",
        ],
        // scope: the whole text
        [
            "toàn văn", "toàn bộ dự thảo", "toàn bộ văn bản", "toàn bộ báo cáo", "cả dự thảo", "cả văn bản",
            "giữa các phần", "các phần của dự thảo", "các phần trong dự thảo",
        ],
        // document: the draft named as such
        ["dự thảo", "báo cáo chính trị", "văn kiện", "văn bản"],
        // agreement
        ["nhất trí", "thống nhất với", "thống nhất cao", "đồng ý", "đồng tình", "tán thành"],
        // proposal or criticism: something should change
        [
            "đề nghị", "kiến nghị", "đề xuất", "cần", "nên", "phải", "chưa", "còn", "quá", "thiếu", "bổ sung",
            "sửa", "rà soát", "cân nhắc", "xem xét", "tránh", "hạn chế",
        ],
    ]

    /// Names of the bodies comments are addressed to: "Thưa Tổ biên tập, …" greets the editorial
    /// team, it does not remark on the editing.
    static let addressees = [
        "tổ biên tập", "ban biên tập", "tổ soạn thảo", "ban soạn thảo", "tiểu ban soạn thảo", "tiểu ban văn kiện",
    ]

    /// Whether a comment with these cues only agrees with the document ("Tôi nhất trí với dự
    /// thảo", "Thống nhất với bố cục … của dự thảo"): nothing in it to place in a section.
    static func isAgreementWithDocument(_ cues: CuePhrases.Groups) -> Bool {
        cues.contains(Group.agreement.rawValue) && !cues.contains(Group.proposal.rawValue)
            && cues.contains(Group.document.rawValue)
    }

    /// Whether a comment with these cues is about the whole document; `pointsToSection`:
    /// whether its content points to one section clearly.
    static func isWholeDocument(_ cues: CuePhrases.Groups, pointsToSection: Bool) -> Bool {
        let agreementOnly = cues.contains(Group.agreement.rawValue) && !cues.contains(Group.proposal.rawValue)
        if agreementOnly { return false }
        if cues.contains(Group.scope.rawValue) { return true }
        guard cues.contains(Group.form.rawValue) else { return false }
        return cues.contains(Group.document.rawValue) || !pointsToSection
    }
}
