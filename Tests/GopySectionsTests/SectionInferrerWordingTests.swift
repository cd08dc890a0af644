import GopyModel
import GopySections
import Testing

/// An outline whose leaves share words the way a report's sections do: roads and road
/// accidents, social policy and its indicators, cadres in two parts.
enum WordingOutline {
    static let draft = Draft(
        id: "bc-tu-ngu", title: "Dự thảo Báo cáo chính trị Đại hội Đảng bộ huyện",
        sections: [
            OutlineSection(
                id: "1", title: "Phần thứ nhất: Đánh giá kết quả thực hiện Nghị quyết nhiệm kỳ qua",
                sections: [
                    OutlineSection(
                        id: "1.1", title: "Kết quả đạt được về kinh tế",
                        keywords: ["giao thông", "quốc lộ", "đất đai"]),
                    OutlineSection(
                        id: "1.2", title: "Kết quả đạt được về xây dựng Đảng", keywords: ["cán bộ", "đảng viên"]),
                ]),
            OutlineSection(
                id: "2", title: "Phần thứ hai: Phương hướng, nhiệm vụ và giải pháp",
                sections: [
                    OutlineSection(
                        id: "2.1", title: "Phát triển kinh tế, kết cấu hạ tầng",
                        keywords: ["giao thông", "đường", "quốc lộ", "cà phê"]),
                    OutlineSection(
                        id: "2.2", title: "Phát triển văn hóa, xã hội",
                        keywords: ["trẻ em", "giáo dục", "bảo hiểm y tế", "hộ nghèo"]),
                    OutlineSection(
                        id: "2.3", title: "Các chỉ tiêu chủ yếu",
                        keywords: ["chỉ tiêu", "tỷ lệ bảo hiểm y tế", "tỷ lệ hộ nghèo"]),
                    OutlineSection(
                        id: "2.4", title: "Bảo đảm an ninh, trật tự",
                        keywords: ["an ninh", "tai nạn giao thông", "tội phạm"]),
                    OutlineSection(
                        id: "2.5", title: "Xây dựng Đảng và hệ thống chính trị",
                        keywords: ["cán bộ", "đảng viên", "tham nhũng", "đất đai"]),
                    OutlineSection(id: "2.6", title: "Bảo vệ rừng", keywords: ["rừng", "phá rừng", "kiểm lâm"]),
                ]),
        ])

    static let inferrer = SectionInferrer(draft: draft)
}

@Suite("How a comment's wording weighs in section inference")
struct SectionInferrerWordingTests {
    let inferrer = WordingOutline.inferrer

    func infer(_ text: String, unaccented: Bool = false) -> Inference {
        inferrer.infer(text: text, typedWithoutDiacritics: unaccented)
    }

    @Test func aKeywordHeldWholeCountsMoreThanItsPieces() {
        // "bảo hiểm y tế" is a keyword of 2.2 and a piece of 2.3's "tỷ lệ bảo hiểm y tế".
        #expect(infer("Đề nghị hỗ trợ mua thẻ bảo hiểm y tế cho người dân.").section == "2.2")
        #expect(infer("Đề nghị nâng tỷ lệ bảo hiểm y tế lên cao hơn.").section == "2.3")
        // "giao thông" of "tai nạn giao thông" is the accident's, not the roads'.
        #expect(infer("Đề nghị có giải pháp giảm tai nạn giao thông trên quốc lộ.").section == "2.4")
        #expect(infer("Đề nghị đầu tư đường giao thông và nâng cấp quốc lộ.").section == "2.1")
    }

    @Test func wordsTheKeyWritesAsOneAbbreviationStillMatchTheirKeywords() {
        // The key writes "cán bộ, đảng viên" as the token CBĐV; the leaves list the words apart.
        let text = "Đề nghị xử lý nghiêm cán bộ, đảng viên tham nhũng."
        let inference = infer(text)
        #expect(inference.section == "2.5")
        let plain = infer("De nghi xu ly nghiem can bo, dang vien tham nhung.", unaccented: true)
        #expect(plain.section == "2.5")
        // Without "tham nhũng", the pair alone points to the leaf about cadres.
        #expect(infer("Cần quan tâm hơn đến cán bộ, đảng viên ở cơ sở.").section == "2.5")
    }

    @Test func whatACommentAsksForNamesItsTopic() {
        // Roads are asked for; children walking to school is the reason.
        let roads = infer("Cần quan tâm làm đường bê tông cho các thôn, mùa mưa trẻ em đi học rất vất vả.")
        #expect(roads.section == "2.1")
        // A comment that opens with its topic: the forest, not the crops planted on it.
        let forest = infer("Rừng ở huyện tôi bị phá để trồng cà phê, đề nghị kiểm tra, xử lý.")
        #expect(forest.section == "2.6")
    }

    @Test func aProposalAboutResultsOfSomethingElseStillLooksForward() {
        // "kết quả xử lý" asks for something to be done; it does not judge the past term.
        let inference = infer("Cần công khai kết quả xử lý các vụ vi phạm về đất đai.")
        #expect(inference.candidate.map { $0.hasPrefix("2.") } == true)
        // Asking to judge the results still looks back.
        #expect(infer("Đề nghị đánh giá rõ hơn kết quả làm đường giao thông nhiệm kỳ qua.").section == "1.1")
    }

    @Test func aProblemDescribedWithoutAskingIsATaskNotAResult() {
        // Roads are in both parts; a complaint with no cue is about what to do next.
        let inference = infer("Giao thông trên quốc lộ hư hỏng nặng nhiều năm, xe đi lại rất khó khăn.")
        #expect(inference.section == "2.1")
    }
}
