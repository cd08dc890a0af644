/// Whether a comment looks back at the past term or forward to the next one.
///
/// A political report judges the term that ends (Phần thứ nhất: "Đánh giá kết quả …",
/// "Hạn chế, yếu kém", "Bài học kinh nghiệm") and sets out the next (Phần thứ hai:
/// "Phương hướng, mục tiêu, nhiệm vụ và giải pháp"); most topics appear in both. A comment's
/// stance says which half it is about: "Đề nghị đánh giá rõ hơn kết quả giảm nghèo" looks
/// back, "Đề nghị có chính sách hỗ trợ nông dân" looks forward.
///
/// ``SectionInferrer`` finds each half from the outline's own titles (``titleWords``) and
/// weighs down the leaves of the half a comment does not look at. A comment with no cue looks
/// forward (see ``init(_:)``).
enum Stance: Int, Sendable {
    /// It judges what was done ("đánh giá", "nguyên nhân", "những năm qua").
    case retrospective
    /// It proposes what to do ("đề nghị", "cần", "giải pháp", "chính sách").
    case prospective

    /// The cue phrases of each stance, in the order of the cases, then those that look back
    /// only when nothing proposes (group ``weakRetrospective``).
    static let cues: [[String]] = [
        [
            "đánh giá", "đạt được", "đã đạt", "chưa đạt", "không đạt", "vượt kế hoạch", "thành tựu",
            "ghi nhận", "nhiệm kỳ qua", "những năm qua", "thời gian qua", "vừa qua", "thực trạng", "yếu kém",
            "nguyên nhân", "bài học", "dự thảo viết", "dự thảo nêu", "chưa nêu", "chưa nói",
        ],
        [
            "giải pháp", "nhiệm vụ", "phương hướng", "định hướng", "mục tiêu", "chính sách", "cơ chế", "đề nghị",
            "kiến nghị", "đề xuất", "cần", "nên", "mong", "phải", "tăng cường", "đẩy mạnh", "ưu tiên",
            "quan tâm", "hỗ trợ", "đầu tư", "sớm", "tiếp tục", "kiên quyết", "khuyến khích", "nâng cao",
        ],
        ["kết quả"],
    ]

    /// How outlines title the half of the report a stance is about.
    var titleWords: [String] {
        switch self {
        case .retrospective: ["đánh giá", "kết quả", "đạt được"]
        case .prospective: ["phương hướng", "nhiệm vụ", "giải pháp"]
        }
    }

    /// The stance of a comment with these cue groups. Looking back wins, since a comment that
    /// proposes to judge ("Đề nghị đánh giá …") is about the judgement; but "kết quả" looks
    /// back only when nothing proposes ("Cần công khai kết quả xử lý …" asks for something). A
    /// comment with no cue looks forward: comments on a draft ask for something to be done,
    /// and one that only describes a problem ("Đường liên xã … hư hỏng nặng") asks for it to be
    /// put right, not for it to be counted among the results.
    init(_ cues: CuePhrases.Groups) {
        let back = cues.contains(Stance.retrospective.rawValue)
        let forward = cues.contains(Stance.prospective.rawValue)
        if back || (cues.contains(Stance.weakRetrospective) && !forward) {
            self = .retrospective
        } else {
            self = .prospective
        }
    }

    /// The group of cues that look back only when nothing in the comment proposes.
    static let weakRetrospective = 2
}
