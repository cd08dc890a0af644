/// Whether a comment looks back at the past term or forward to the next one.
///
/// A political report judges the term that ends (Phần thứ nhất: "Đánh giá kết quả …",
/// "Hạn chế, yếu kém", "Bài học kinh nghiệm") and sets out the next (Phần thứ hai:
/// "Phương hướng, mục tiêu, nhiệm vụ và giải pháp"); most topics appear in both. A comment's
/// stance says which half it is about: "Đề nghị đánh giá rõ hơn kết quả giảm nghèo" looks
/// back, "Đề nghị có chính sách hỗ trợ nông dân" looks forward.
///
/// ``SectionInferrer`` finds each half from the outline's own titles (``titleWords``) and
/// weighs down the leaves of the half a comment does not look at.
enum Stance: Int, Sendable {
    /// It judges what was done ("đánh giá", "kết quả", "nguyên nhân", "những năm qua").
    case retrospective
    /// It proposes what to do ("đề nghị", "cần", "giải pháp", "chính sách").
    case prospective

    /// The cue phrases of each stance, in the order of the cases.
    static let cues: [[String]] = [
        [
            "đánh giá", "kết quả", "đạt được", "đã đạt", "chưa đạt", "không đạt", "vượt kế hoạch", "thành tựu",
            "ghi nhận", "nhiệm kỳ qua", "những năm qua", "thời gian qua", "vừa qua", "thực trạng", "yếu kém",
            "nguyên nhân", "bài học", "dự thảo viết", "dự thảo nêu", "chưa nêu", "chưa nói",
        ],
        [
            "giải pháp", "nhiệm vụ", "phương hướng", "định hướng", "mục tiêu", "chính sách", "cơ chế", "đề nghị",
            "kiến nghị", "đề xuất", "cần", "nên", "mong", "phải", "tăng cường", "đẩy mạnh", "ưu tiên",
            "quan tâm", "hỗ trợ", "đầu tư", "sớm", "tiếp tục", "kiên quyết", "khuyến khích", "nâng cao",
        ],
    ]

    /// How outlines title the half of the report a stance is about.
    var titleWords: [String] {
        switch self {
        case .retrospective: ["đánh giá", "kết quả", "đạt được"]
        case .prospective: ["phương hướng", "nhiệm vụ", "giải pháp"]
        }
    }

    /// The stance of a comment with these cue groups: looking back wins, since a comment
    /// that proposes to judge ("Đề nghị đánh giá …") is about the judgement.
    init?(_ cues: CuePhrases.Groups) {
        if cues.contains(Stance.retrospective.rawValue) {
            self = .retrospective
        } else if cues.contains(Stance.prospective.rawValue) {
            self = .prospective
        } else {
            return nil
        }
    }
}
