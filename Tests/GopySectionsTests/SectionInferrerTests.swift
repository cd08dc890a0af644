import Foundation
import GopyModel
import GopySections
import Testing

/// A small report outline: two parts that share their topics, as political reports do.
enum InferenceOutline {
    static let draft = Draft(
        id: "bc-mau", title: "Dự thảo Báo cáo chính trị Đại hội Đảng bộ huyện",
        sections: [
            OutlineSection(
                id: "1", title: "Phần thứ nhất: Đánh giá kết quả thực hiện Nghị quyết nhiệm kỳ qua",
                sections: [
                    OutlineSection(
                        id: "1.1", title: "Kết quả đạt được về kinh tế",
                        keywords: ["nông nghiệp", "cà phê", "giao thông"]),
                    OutlineSection(
                        id: "1.2", title: "Kết quả đạt được về văn hóa, xã hội", keywords: ["giáo dục", "y tế"]),
                    OutlineSection(id: "1.3", title: "Hạn chế, yếu kém", keywords: ["hạn chế", "yếu kém"]),
                    OutlineSection(id: "1.4", title: "Bài học kinh nghiệm", keywords: ["bài học"]),
                ]),
            OutlineSection(
                id: "2", title: "Phần thứ hai: Phương hướng, nhiệm vụ và giải pháp",
                sections: [
                    OutlineSection(
                        id: "2.1", title: "Phát triển kinh tế",
                        keywords: ["nông nghiệp", "cà phê", "giao thông", "du lịch"]),
                    OutlineSection(
                        id: "2.2", title: "Phát triển văn hóa, xã hội",
                        keywords: ["giáo dục", "y tế", "trường học", "giáo viên"]),
                    OutlineSection(
                        id: "2.3", title: "Bảo vệ rừng và môi trường",
                        keywords: ["rừng", "phá rừng", "môi trường", "rác thải"]),
                ]),
        ])

    static let inferrer = SectionInferrer(draft: draft)
}

@Suite("Inferring a comment's section from its content")
struct SectionInferrerTests {
    let inferrer = InferenceOutline.inferrer

    func infer(_ text: String, unaccented: Bool = false) -> Inference {
        inferrer.infer(text: text, typedWithoutDiacritics: unaccented)
    }

    @Test(arguments: [
        ("Đề nghị đầu tư nâng cấp đường giao thông nông thôn, phát triển du lịch cộng đồng.", "2.1"),
        ("Đề nghị có chính sách hỗ trợ giáo viên và trường học ở vùng sâu, vùng xa.", "2.2"),
        ("Tình trạng phá rừng còn nghiêm trọng, đề nghị xử lý nghiêm, bảo vệ rừng.", "2.3"),
    ])
    func aProposalGoesToItsTaskInPartTwo(text: String, section: String) {
        let inference = infer(text)
        #expect(inference.section == section)
        #expect(inference.candidate == section)
        #expect(!inference.isWholeDocument)
    }

    @Test func anEvaluationOfThePastTermGoesToPartOne() {
        #expect(infer("Đề nghị đánh giá rõ hơn kết quả giáo dục, y tế trong nhiệm kỳ qua.").section == "1.2")
        #expect(infer("Cần đánh giá đúng kết quả phát triển cà phê những năm qua.").section == "1.1")
        // The same topics, proposed for the coming term.
        #expect(infer("Đề nghị có giải pháp phát triển cà phê bền vững.").section == "2.1")
    }

    @Test func aTieIsLeftUnassignedWithBothCandidatesReported() {
        // Education and roads: one keyword of 2.2 and one of 2.1, nothing else.
        let text = "Đề nghị quan tâm giáo dục và giao thông."
        let tied = infer(text)
        #expect(tied.section == nil)
        #expect(Set([tied.candidate, tied.runnerUp]) == Set(["2.1", "2.2"]))
        #expect(tied.lead < inferrer.margin)
        // With no margin required, the best is taken.
        let eager = SectionInferrer(draft: InferenceOutline.draft, margin: 0, minimumScore: 0)
        let taken = eager.infer(text: text, typedWithoutDiacritics: false)
        #expect(taken.section == tied.candidate)
        #expect(taken.score == tied.score)
    }

    @Test func aWiderMarginNeverAssignsMore() {
        let texts = [
            "Đề nghị đầu tư đường giao thông nông thôn.", "Đề nghị quan tâm giáo dục và giao thông.",
            "Cần quan tâm y tế cơ sở và trường học.", "Đề nghị xử lý nghiêm phá rừng, rác thải.",
            "Đề nghị phát triển du lịch gắn với bảo vệ môi trường.", "Đề nghị quan tâm cà phê và giáo dục.",
        ]
        var previous = Set<String>()
        for margin in [0.6, 0.4, 0.2, 0.1, 0.0] {
            let inferrer = SectionInferrer(draft: InferenceOutline.draft, margin: margin, minimumScore: 0)
            let assigned = Set(texts.filter { inferrer.infer(text: $0, typedWithoutDiacritics: false).section != nil })
            #expect(assigned.isSuperset(of: previous), "margin \(margin)")
            previous = assigned
        }
        #expect(previous.count == texts.count)
    }

    @Test func aWeakMatchStaysBelowTheMinimumScore() {
        let text = "Đề nghị quan tâm môi trường."
        #expect(infer(text).section == "2.3")
        let strict = SectionInferrer(draft: InferenceOutline.draft, minimumScore: 100)
        let inference = strict.infer(text: text, typedWithoutDiacritics: false)
        #expect(inference.section == nil)
        #expect(inference.candidate == "2.3")
        // Nothing that matches no section is placed.
        let nothing = infer("Chúc Đại hội thành công tốt đẹp!")
        #expect(nothing.section == nil)
        #expect(infer("").candidate == nil)
        #expect(infer("").score == 0)
    }

    @Test(arguments: [
        (
            "De nghi xu ly nghiem tinh trang pha rung, bao ve rung.",
            "Đề nghị xử lý nghiêm tình trạng phá rừng, bảo vệ rừng."
        ),
        (
            "De nghi dau tu duong giao thong nong thon, phat trien du lich.",
            "Đề nghị đầu tư đường giao thông nông thôn, phát triển du lịch."
        ),
        (
            "De nghi danh gia ro hon ket qua giao duc, y te trong nhiem ky qua.",
            "Đề nghị đánh giá rõ hơn kết quả giáo dục, y tế trong nhiệm kỳ qua."
        ),
    ])
    func aCommentTypedWithoutDiacriticsIsPlacedLikeItsAccentedForm(plain: String, accented: String) {
        let expected = infer(accented).section
        #expect(expected != nil)
        #expect(infer(plain, unaccented: true).section == expected)
    }

    @Test(arguments: [
        "Dự thảo còn dài, đề nghị viết ngắn gọn, súc tích hơn.",
        "Đề nghị rà soát lỗi chính tả, cách viết hoa trong toàn văn dự thảo.",
        "Văn phong dự thảo còn nặng nề, nhiều cụm từ lặp lại.",
        "Đề nghị thống nhất đơn vị tính và cách làm tròn số liệu trong toàn bộ dự thảo.",
        "Bố cục dự thảo chưa hợp lý, nên gộp các phần trùng lặp.",
    ])
    func aRemarkAboutTheWholeDocumentIsNotPlaced(text: String) {
        let inference = infer(text)
        #expect(inference.isWholeDocument)
        #expect(inference.section == nil)
    }

    @Test func wholeDocumentRemarksTypedWithoutDiacritics() {
        #expect(infer("Du thao qua dai, de nghi viet ngan gon, suc tich hon.", unaccented: true).isWholeDocument)
    }

    @Test func formRemarksAboutOneSectionOrAgreementAreNotWholeDocumentRemarks() {
        let named = infer("Phần bài học kinh nghiệm nên viết ngắn gọn, sát thực tiễn hơn.")
        #expect(!named.isWholeDocument)
        #expect(named.section == "1.4")
        let agreement = infer("Thống nhất với bố cục và nội dung của dự thảo.")
        #expect(!agreement.isWholeDocument)
        #expect(agreement.section == nil)
    }

    @Test func greetingTheEditorialTeamIsNotARemarkOnEditing() {
        let greeting = infer("Thưa Tổ biên tập, đề nghị bổ sung vào dự thảo giải pháp tái canh cây cà phê cho nông dân.")
        #expect(!greeting.isWholeDocument)
        #expect(infer("Đề nghị Ban biên tập biên tập lại dự thảo cho ngắn gọn.").isWholeDocument)
        #expect(!infer("Kinh gui Ban soan thao, de nghi bo sung vao du thao giai phap tai canh ca phe.", unaccented: true).isWholeDocument)
    }

    @Test func agreementWithTheDocumentIsPlacedNowhere() {
        for text in ["Tôi nhất trí với dự thảo.", "Tôi hoàn toàn đồng ý với nội dung dự thảo về giáo dục, y tế."] {
            #expect(infer(text).section == nil, "\(text)")
        }
        // Agreement followed by a proposal is placed by the proposal.
        #expect(infer("Tôi nhất trí với dự thảo. Đề nghị xử lý nghiêm tình trạng phá rừng.").section == "2.3")
    }

    @Test func aSectionNamedByItsTitleIsTaken() {
        let shortcoming = infer("Đề nghị bổ sung vào phần hạn chế: chất lượng giáo dục vùng sâu còn thấp.")
        #expect(shortcoming.section == "1.3")
        #expect(shortcoming.isNamedByTitle)
        let lesson = infer("Phần bài học kinh nghiệm cần nêu bài học về đoàn kết.")
        #expect(lesson.section == "1.4")
        // "bổ sung giải pháp" names the tasks: only part two's leaves compete.
        let tasks = infer("Đề nghị bổ sung giải pháp về giáo dục và y tế.")
        #expect(tasks.section == "2.2")
        #expect(!tasks.isNamedByTitle)
    }

    @Test func withinASectionOnlyItsLeavesCompete() {
        let text = "Giáo dục, y tế ở vùng sâu còn nhiều khó khăn."
        #expect(inferrer.infer(text: text, typedWithoutDiacritics: false, within: "1").section == "1.2")
        #expect(inferrer.infer(text: text, typedWithoutDiacritics: false, within: "2").section == "2.2")
        // A leaf given as the section is the answer.
        #expect(inferrer.infer(text: text, typedWithoutDiacritics: false, within: "2.3").section == "2.3")
    }

    @Test func inferenceFromAKeyIsInferenceFromItsText() {
        // Texts already in key form: lower case, one space between words.
        let key = "đề nghị có chính sách hỗ trợ giáo viên trường học"
        let fromKey = inferrer.infer(key: key, diacriticFree: false)
        #expect(fromKey.section == "2.2")
        let text = "Đề nghị có chính sách hỗ trợ giáo viên, trường học."
        #expect(fromKey == inferrer.infer(text: text, typedWithoutDiacritics: false))
        let plain = "de nghi bao ve rung"
        #expect(
            inferrer.infer(key: plain, diacriticFree: true)
                == inferrer.infer(text: "De nghi: bao ve rung!", typedWithoutDiacritics: true))
    }

    @Test func onlyLeavesArePlaced() {
        let leaves = Set(InferenceOutline.draft.leafSections.map(\.id))
        #expect(Set(inferrer.leafSections) == leaves)
        let texts = [
            "Đề nghị phát triển kinh tế, văn hóa, xã hội.", "Phương hướng, nhiệm vụ và giải pháp cần cụ thể hơn.",
        ]
        for text in texts {
            let inference = infer(text)
            #expect(inference.section.map(leaves.contains) ?? true)
            #expect(inference.candidate.map(leaves.contains) ?? true)
        }
    }

    @Test func decomposedTextIsPlacedLikeComposedText() {
        let composed = "Đề nghị có chính sách hỗ trợ giáo viên và trường học ở vùng sâu."
        let decomposed = composed.decomposedStringWithCanonicalMapping
        #expect(Array(decomposed.utf8) != Array(composed.utf8))
        #expect(infer(decomposed) == infer(composed))
    }

    @Test func outlinesWithNoLeafOrOneLeaf() {
        let empty = SectionInferrer(draft: Draft(id: "rong", title: "Dự thảo", sections: []))
        let nothing = empty.infer(text: "Đề nghị quan tâm giáo dục.", typedWithoutDiacritics: false)
        #expect(nothing.section == nil)
        #expect(nothing.candidate == nil)
        #expect(empty.leafSections.isEmpty)
        let one = SectionInferrer(
            draft: Draft(
                id: "mot", title: "Dự thảo",
                sections: [OutlineSection(id: "1", title: "Giáo dục", keywords: ["giáo dục", "trường học"])]))
        // A lone leaf is the candidate of what matches it, and is never taken for what does not.
        let matching = one.infer(text: "Đề nghị quan tâm giáo dục, trường học.", typedWithoutDiacritics: false)
        #expect(matching.candidate == "1")
        #expect(matching.score > 0)
        let other = one.infer(text: "Chúc Đại hội thành công.", typedWithoutDiacritics: false)
        #expect(other.section == nil)
        #expect(other.candidate == nil)
    }

    @Test func inferenceIsDeterministic() {
        let texts = [
            "Đề nghị đầu tư đường giao thông nông thôn.", "Đề nghị quan tâm giáo dục và giao thông.",
            "Du thao qua dai.", "Đề nghị đánh giá kết quả y tế.", "Đề nghị xử lý phá rừng, rác thải.",
        ]
        let other = SectionInferrer(draft: InferenceOutline.draft)
        for text in texts {
            let unaccented = !text.unicodeScalars.contains { $0.value >= 0x80 }
            let first = infer(text, unaccented: unaccented)
            #expect(infer(text, unaccented: unaccented) == first)
            #expect(other.infer(text: text, typedWithoutDiacritics: unaccented) == first)
            let scores = inferrer.scores(text: text, typedWithoutDiacritics: unaccented)
            let again = other.scores(text: text, typedWithoutDiacritics: unaccented)
            #expect(scores.map(\.section) == again.map(\.section))
            #expect(scores.map(\.score) == again.map(\.score))
        }
    }
}
