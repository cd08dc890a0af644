import GopyDedup
import GopyModel
import GopyText
import Testing

@Suite struct CampaignTests {
    static let template = """
        Chúng tôi đề nghị Ban soạn thảo bổ sung vào dự thảo nội dung về chính sách hỗ trợ người trồng cà phê tái canh, \
        nhất là hộ đồng bào dân tộc thiểu số thiếu vốn. Đề nghị tỉnh có cơ chế cho vay ưu đãi không lãi suất trong ba năm đầu \
        và hỗ trợ giống cây chất lượng cao. Cần có chương trình tập huấn kỹ thuật canh tác bền vững ở từng buôn.
        """
    static let openers = ["Tôi là nông dân ở xã Ea Tar, tôi thấy", "Theo tôi,", "Là người trồng cà phê lâu năm, tôi thấy", "Tôi xin góp ý:"]
    static let closings = ["Xin cảm ơn.", "Mong được quan tâm.", "Trân trọng.", "Kính mong Ban soạn thảo tiếp thu."]
    static let longAddition = """
        Gia đình tôi có hai héc-ta cà phê già cỗi, năm ngoái vay ngân hàng để tái canh nhưng lãi suất quá cao, \
        giá phân bón tăng gấp đôi, nhiều hộ trong thôn phải bán đất để trả nợ, con cái bỏ học đi làm thuê ở Bình Dương.
        """

    /// A campaign of 14 senders (plain copies, openings, closings, two long additions) among
    /// unrelated comments.
    static func inputs() -> [DedupInput] {
        var inputs: [DedupInput] = []
        for n in 0..<4 { inputs.append(input("F-plain-\(n)", template)) }
        for (n, opener) in openers.enumerated() { inputs.append(input("F-open-\(n)", opener + " " + lowercasingFirst(template))) }
        for (n, closing) in closings.enumerated() { inputs.append(input("F-close-\(n)", template + " " + closing)) }
        inputs.append(input("F-long-0", longAddition + " " + template))
        inputs.append(input("F-long-1", template + " " + longAddition.replacingFirst("hai héc-ta", with: "ba héc-ta")))
        return inputs + unrelated(150, seed: 31)
    }

    /// Comments from single senders, one each.
    static func unrelated(_ count: Int, seed: UInt64, prefix: String = "U") -> [DedupInput] {
        var gen = SyntheticComments(seed: seed)
        return (0..<count).map { input("\(prefix)-\($0)", gen.comment(sentences: 1 + $0 % 3)) }
    }

    @Test func aTemplateWithPersonalWordsIsOneCampaign() throws {
        let result = NearDuplicateClusterer.cluster(Self.inputs())
        try #require(result.campaigns.count == 1)
        let campaign = result.campaigns[0]
        let members = Self.inputs().map(\.commentID).filter { $0.hasPrefix("F-") }
        #expect(campaign.members == members.sorted())
        #expect(campaign.distinctSenders == 14)
        // The template is the shared text: all of it, none of the personal words.
        let template = MatchingKey.make(Self.template)
        #expect(campaign.template == template)
        #expect(campaign.templateSyllables == template.split(separator: " ").count)
        // Each member's own words are kept.
        #expect(campaign.additions["F-plain-0"] == nil)
        #expect(campaign.additions["F-open-1"] == "theo tôi")
        #expect(campaign.additions["F-close-0"] == "xin cảm ơn")
        #expect(campaign.additions["F-long-0"]?.hasPrefix("gia đình tôi có hai héc ta") == true)
        // Long additions also stand on their own.
        #expect(campaign.standalone == ["F-long-0", "F-long-1"])
        // Every member's cluster knows its campaign, and no other cluster does.
        for cluster in result.clusters {
            #expect((cluster.campaign == campaign.id) == cluster.members.contains { $0.hasPrefix("F-") })
        }
        #expect(Set(campaign.clusters) == Set(result.clusters.filter { $0.campaign != nil }.map(\.id)))
        #expect(campaign.members.contains(campaign.representative))
    }

    @Test func fewerSendersThanTheMinimumIsNoCampaign() {
        var inputs: [DedupInput] = []
        for n in 0..<8 { inputs.append(input("F-\(n)", (n % 2 == 0 ? "Theo tôi, " : "") + Self.template, sender: "s\(n % 4)")) }
        #expect(NearDuplicateClusterer.cluster(inputs).campaigns.isEmpty)
        inputs.append(input("F-8", Self.template, sender: "s4"))
        #expect(NearDuplicateClusterer.cluster(inputs).campaigns.count == 1)
    }

    /// Two campaigns opening and closing with the same long courtesy (most of their text)
    /// stay two: linked as one group, split around their own typical members.
    @Test func campaignsSharingAPhraseDoNotChain() throws {
        let opening = "Kính gửi Ban soạn thảo, chúng tôi là cán bộ hưu trí sinh hoạt tại chi bộ khu phố, xin góp ý như sau."
        let closing = "Kính chúc Đại hội đại biểu Đảng bộ tỉnh lần thứ mười bảy thành công tốt đẹp, xin trân trọng cảm ơn."
        let a = opening + " Đề nghị đầu tư hoàn thành tuyến cao tốc kết nối với các tỉnh Tây Nguyên trước năm 2028. " + closing
        let b = opening + " Cần xử lý dứt điểm tình trạng phá rừng, lấn chiếm đất rừng ở các huyện phía Tây. " + closing
        var gen = SyntheticComments(seed: 41)
        var inputs: [DedupInput] = []
        for n in 0..<7 { inputs.append(input("A-\(n)", n % 3 == 0 ? a + " " + gen.personalAddition(words: 6) : a)) }
        for n in 0..<9 { inputs.append(input("B-\(n)", n % 3 == 1 ? gen.personalAddition(words: 6) + " " + b : b)) }
        let result = NearDuplicateClusterer.cluster(inputs)
        try #require(result.campaigns.count == 2)
        for campaign in result.campaigns {
            let prefix = campaign.members[0].prefix(2)
            #expect(campaign.members.count == (prefix == "A-" ? 7 : 9))
            #expect(campaign.members.allSatisfy { $0.hasPrefix(prefix) })
            #expect(campaign.template.contains(prefix == "A-" ? "cao tốc" : "phá rừng"))
        }
    }

    /// A campaign's id comes from its most typical member's key: other comments do not move it.
    @Test func campaignIdsAreStable() throws {
        let first = NearDuplicateClusterer.cluster(Self.inputs())
        let more = NearDuplicateClusterer.cluster(Self.inputs() + Self.unrelated(100, seed: 32, prefix: "Z"))
        try #require(first.campaigns.count == 1 && more.campaigns.count == 1)
        #expect(first.campaigns[0].id == more.campaigns[0].id)
        #expect(first.campaigns[0].id == StableID.make("F", ["bcct-xvii", "2", MatchingKey.make(Self.template)]))
    }
}
