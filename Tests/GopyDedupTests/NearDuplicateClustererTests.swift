@testable import GopyDedup
import GopyTestSupport
import GopyModel
import GopyText
import Testing

@Suite struct NearDuplicateClustererTests {
    @Test func orderAndThreadsDoNotChangeTheResult() {
        let round = SyntheticRound.make(count: 600, seed: 11, campaigns: 2)
        let inputs = round.items.map(\.input)
        let result = NearDuplicateClusterer.cluster(inputs)
        #expect(result.clusters.count > 100 && result.clusters.count < 550)
        var random = SplitMix(seed: 5)
        for _ in 0..<3 {
            #expect(NearDuplicateClusterer.cluster(inputs.shuffled(using: &random)) == result)
        }
        var parallel = DedupConfiguration()
        parallel.jobs = 3
        #expect(NearDuplicateClusterer.cluster(inputs.shuffled(using: &random), configuration: parallel) == result)
    }

    @Test func everyCommentIsInExactlyOneCluster() {
        let round = SyntheticRound.make(count: 400, seed: 12, campaigns: 1)
        let result = NearDuplicateClusterer.cluster(round.items.map(\.input))
        let members = result.clusters.flatMap(\.members)
        #expect(members.count == round.items.count)
        #expect(Set(members) == Set(round.items.map(\.input.commentID)))
        #expect(result.clusters.allSatisfy { $0.members == $0.members.sorted() && $0.members.contains($0.representative) })
    }

    /// Each kind of small edit, and a copy typed without diacritics, stays with its original.
    @Test(arguments: SyntheticComments.Edit.allCases)
    func editsMerge(_ kind: SyntheticComments.Edit) {
        var gen = SyntheticComments(seed: 21)
        var inputs: [DedupInput] = []
        var pairs: [(String, String)] = []
        for n in 0..<40 {
            let base = gen.comment(sentences: 2)
            let edited = gen.edit(gen.edit(base, kind), .typo)
            inputs += [input("C-\(n)-a", base), input("C-\(n)-b", edited)]
            pairs.append(("C-\(n)-a", "C-\(n)-b"))
        }
        let result = NearDuplicateClusterer.cluster(inputs)
        for (a, b) in pairs {
            #expect(result.sameCluster(a, b), "\(inputs.first { $0.commentID == a }!.matchingKey) | \(inputs.first { $0.commentID == b }!.matchingKey)")
        }
    }

    @Test func copiesTypedWithoutDiacriticsJoinTheirOriginal() {
        var gen = SyntheticComments(seed: 22)
        var inputs: [DedupInput] = []
        for n in 0..<40 {
            let base = gen.comment(sentences: 2)
            inputs += [input("C-\(n)-a", base), input("C-\(n)-b", SyntheticComments.unaccented(gen.edit(base, .typo)))]
            #expect(inputs.last!.typedWithoutDiacritics && !inputs[inputs.count - 2].typedWithoutDiacritics)
        }
        let result = NearDuplicateClusterer.cluster(inputs)
        for n in 0..<40 { #expect(result.sameCluster("C-\(n)-a", "C-\(n)-b")) }
        #expect(result.clusters.count == 40)
    }

    /// Comments no two of which share much (plain Jaccard below 0.5) all stay apart.
    @Test func unrelatedCommentsStayApart() {
        var gen = SyntheticComments(seed: 23)
        var kept: [String] = []
        var keptGrams: [Set<String>] = []
        for _ in 0..<300 where kept.count < 100 {
            let text = gen.comment(sentences: 2)
            let g = grams(text)
            if keptGrams.allSatisfy({ plainJaccard($0, g) < 0.5 }) {
                kept.append(text)
                keptGrams.append(g)
            }
        }
        let inputs = kept.enumerated().map { input("C-\($0.offset)", $0.element) }
        let result = NearDuplicateClusterer.cluster(inputs)
        #expect(result.clusters.count == kept.count)
    }

    /// Different proposals in the same wording (another subject) are different points.
    @Test func sameTemplateOtherSubjectStaysApart() {
        let inputs = [
            input("C-1", "Đề nghị bổ sung nội dung về phát triển nông nghiệp công nghệ cao gắn với xây dựng thương hiệu cà phê của tỉnh."),
            input("C-2", "Đề nghị bổ sung nội dung về công tác phòng, chống tham nhũng, tiêu cực trong đội ngũ cán bộ cấp xã."),
            input("C-3", "Đề nghị bổ sung nội dung về bảo tồn văn hóa truyền thống của đồng bào dân tộc thiểu số ở các buôn."),
        ]
        #expect(NearDuplicateClusterer.cluster(inputs).clusters.count == 3)
    }

    @Test func shortCommentsMatchOnlyTheSameKey() {
        let inputs = [
            input("C-1", "Nhất trí."), input("C-2", "Nhất trí!"), input("C-3", "nhat tri"),
            input("C-4", "Đồng ý cao"), input("C-5", "Đồng ý"),
            input("C-6", "Bỏ cụm từ này"), input("C-7", "Bỏ cụm từ đó"),
            input("C-8", "Bán đất rừng"), input("C-9", "Bàn đất rừng"),
        ]
        let result = NearDuplicateClusterer.cluster(inputs)
        #expect(result.sameCluster("C-1", "C-2"))
        #expect(result.sameCluster("C-1", "C-3"))  // the same words typed without diacritics
        #expect(!result.sameCluster("C-4", "C-5"))
        #expect(!result.sameCluster("C-6", "C-7"))
        #expect(!result.sameCluster("C-8", "C-9"))  // differ only in diacritics, both written with them
    }

    @Test func neverMergesAcrossDraftsOrRounds() {
        let text = "Đề nghị bổ sung chỉ tiêu về tỷ lệ che phủ rừng và giải pháp bảo vệ rừng đầu nguồn trong nhiệm kỳ tới."
        let inputs = [
            input("C-1", text), input("C-2", text),
            input("C-3", text, scope: ClusterScope(draft: "bcct-xvii", round: 3)),
            input("C-4", text, scope: ClusterScope(draft: "ctht", round: 2)),
            input("C-5", text, scope: ClusterScope(draft: "bcct-xvii", round: nil)),
        ]
        let result = NearDuplicateClusterer.cluster(inputs)
        #expect(result.clusters.count == 4)
        #expect(result.sameCluster("C-1", "C-2"))
        for id in ["C-3", "C-4", "C-5"] { #expect(result.cluster(of: id)?.members == [id]) }
        #expect(Set(result.clusters.map(\.id)).count == 4)
    }

    @Test func generalAgreementStaysWithGeneralAgreement() {
        let general = input("C-1", "Tôi hoàn toàn nhất trí với dự thảo.")
        var forced = input("C-2", "Tôi hoàn toàn nhất trí với dự thảo.")
        forced.general = false
        let result = NearDuplicateClusterer.cluster([general, forced])
        #expect(general.general)
        #expect(!result.sameCluster("C-1", "C-2"))
        #expect(result.clusters[0].id != result.clusters[1].id)
    }

    @Test func aSenderWhoResubmitsCountsOnce() {
        let text = "Đề nghị đầu tư hoàn thành tuyến cao tốc kết nối với các tỉnh lân cận trong nhiệm kỳ này."
        let inputs = [
            input("C-1", text, sender: "e:an@example.vn"), input("C-2", text, sender: "e:an@example.vn"),
            input("C-3", text + " ", sender: "e:an@example.vn"), input("C-4", text, sender: "p:0912000111"),
            input("C-5", text.replacingFirst("cao tốc", with: "cao tôc"), sender: "unit:hu-krong-pac"),
        ]
        let cluster = NearDuplicateClusterer.cluster(inputs).clusters
        #expect(cluster.count == 1)
        #expect(cluster[0].members.count == 5)
        #expect(cluster[0].distinctSenders == 3)
    }

    @Test func theRepresentativeIsTheMostTypicalMember() {
        let base = "Cần có cơ chế, chính sách đủ mạnh để thu hút doanh nghiệp lớn đầu tư chế biến sâu nông sản của tỉnh."
        let inputs = [
            input("C-9", base.replacingFirst("đủ mạnh", with: "đủ manh")),
            input("C-5", base), input("C-7", base), input("C-6", base),
            input("C-2", base.replacingFirst("của tỉnh", with: "cua tinh")),
            input("C-3", base.replacingFirst("nông sản", with: "nông sản chủ lực")),
        ]
        let result = NearDuplicateClusterer.cluster(inputs)
        #expect(result.clusters.count == 1)
        #expect(result.clusters[0].representative == "C-5")  // the most common wording, smallest id
        // Two texts, one comment each: the smaller id.
        let two = NearDuplicateClusterer.cluster([input("C-4", base.replacingFirst("đủ mạnh", with: "đủ manh")), input("C-8", base)])
        #expect(two.clusters[0].representative == "C-4")
    }

    /// A cluster's id comes from its scope and its representative's key: unchanged when other
    /// comments come, and, for a text alone, the id the exact clusterer gave it.
    @Test func idsAreStable() {
        let text = "Đề nghị bổ sung giải pháp xử lý rác thải sinh hoạt ở nông thôn, nhất là ở các xã vùng sâu."
        let alone = NearDuplicateClusterer.cluster([input("C-1", text)]).clusters[0]
        #expect(alone.id == StableID.make("K", ["bcct-xvii", "2", MatchingKey.make(text)]))
        #expect(alone.id == ExactClusterer.cluster([ClusterInput(commentID: "C-1", scope: .test, matchingKey: MatchingKey.make(text))])[0].id)
        let round = SyntheticRound.make(count: 300, seed: 13, campaigns: 0)
        let more = NearDuplicateClusterer.cluster([input("C-1", text), input("C-2", text)] + round.items.map(\.input))
        #expect(more.cluster(of: "C-1")?.id == alone.id)
    }
}

extension String {
    func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let range = firstRange(of: target) else { return self }
        var out = self
        out.replaceSubrange(range, with: replacement)
        return out
    }
}
