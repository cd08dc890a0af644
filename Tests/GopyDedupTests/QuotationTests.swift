import GopyDedup
import GopyText
import Testing

@Suite struct QuotationTests {
    static let passage = """
        Kinh tế của tỉnh duy trì mức tăng trưởng khá, tốc độ tăng trưởng tổng sản phẩm bình quân giai đoạn 2016 - 2020 \
        ước đạt 6,5%/năm. Cơ cấu kinh tế chuyển dịch theo hướng tích cực; nông nghiệp phát triển khá toàn diện, \
        diện tích cà phê tái canh vượt kế hoạch đề ra.
        """
    static let drafts = ["bcct-xvii": [passage, "Lĩnh vực văn hóa - xã hội có nhiều tiến bộ."]]

    static let first = "Đoạn viết: “\(passage)” Đề nghị bổ sung số liệu thu nhập."
    static let second = "Tại đoạn “\(passage)” cần nói rõ nguyên nhân giá thấp."

    /// Without the draft's text the quoted passage makes them look alike; with it they are
    /// two different proposals.
    @Test func commentsQuotingTheSamePassageDoNotMerge() {
        let inputs = [input("C-1", Self.first), input("C-2", Self.second)]
        #expect(NearDuplicateClusterer.cluster(inputs).clusters.count == 1)
        #expect(NearDuplicateClusterer.cluster(inputs, draftTexts: Self.drafts).clusters.count == 2)
    }

    @Test func theSameProposalWithTheSameQuotationStillMerges() {
        let inputs = [
            input("C-1", Self.first),
            input("C-2", Self.first.replacingFirst("người trồng cà phê", with: "nguoi trồng cà phê")),
            input("C-3", SyntheticComments.unaccented(Self.first)),
        ]
        let result = NearDuplicateClusterer.cluster(inputs, draftTexts: Self.drafts)
        #expect(result.clusters.count == 1)
    }

    /// A comment that only quotes the draft is compared by its whole key alone.
    @Test func aBareQuotationMatchesOnlyItself() {
        let inputs = [
            input("C-1", "“\(Self.passage)”"), input("C-2", Self.passage),
            input("C-3", Self.passage.replacingFirst("khá toàn diện", with: "toàn diện")),
        ]
        let result = NearDuplicateClusterer.cluster(inputs, draftTexts: Self.drafts)
        #expect(result.sameCluster("C-1", "C-2"))
        #expect(!result.sameCluster("C-1", "C-3"))
        // Other drafts' texts do not mask this draft's comments.
        let other = NearDuplicateClusterer.cluster(inputs, draftTexts: ["ctht": [Self.passage]])
        #expect(other.clusters.count == 1)
    }
}
