@testable import GopyPipeline
import GopyDedup
import GopyModel
import GopySynthesis
import GopyText
import Testing

/// The clusterer's inputs are made a block at a time; repeated keys and senders share one
/// string, and every input is what the comment alone would give.
@Suite struct DedupInputsTests {
    static let letter = "Đề nghị bổ sung giải pháp bảo vệ rừng đầu nguồn gắn với bảo đảm nguồn nước sinh hoạt cho Nhân dân."

    func comment(_ n: Int, _ text: String, source: String, kind: SourceKind) -> GopyModel.Comment {
        GopyModel.Comment(
            id: "C-\(n)", provenance: Provenance(file: "a.csv", sha256: "0", locator: Locator(line: n + 1, row: n)),
            source: SourceRef(id: source, kind: kind, name: source), draft: "bcct-xvii", round: 2, section: nil,
            sectionBasis: .inferred, originalText: text, text: text, matchingKey: MatchingKey.make(text), general: false
        )
    }

    @Test(arguments: [1, 2])
    func inputsAreThoseOfEachCommentWithRepeatedKeysShared(jobs: Int) {
        // More comments than one block, so that repeats meet across blocks.
        let count = 40_000
        let comments = (0..<count).map { n in
            n % 3 == 0
                ? comment(n, Self.letter, source: "nhan-dan", kind: .citizen)
                : comment(n, "Góp ý số \(n) về chỉ tiêu tăng trưởng kinh tế của tỉnh đến năm 2030.", source: "so-ke-hoach-va-dau-tu-\(n % 7)", kind: .agency)
        }
        let inputs = Batch.dedupInputs(comments, jobs: jobs)
        #expect(inputs.count == count)
        for (input, comment) in zip(inputs, comments) {
            #expect(input.commentID == comment.id)
            #expect(input.matchingKey == MatchingKey.comparisonKey(comment.text))
            #expect(input.senderKey == SenderIdentity.key(comment))
            #expect(input.scope == ClusterScope(draft: "bcct-xvii", round: 2))
        }
        // The letter's key, sent 13,334 times, is held once.
        func storage(_ s: String) -> UnsafePointer<UInt8>? { s.utf8.withContiguousStorageIfAvailable { $0.baseAddress } ?? nil }
        let first = storage(inputs[0].matchingKey)
        #expect(first != nil)
        #expect(inputs.indices.filter { $0 % 3 == 0 }.allSatisfy { storage(inputs[$0].matchingKey) == first })
        let agency = storage(inputs[1].senderKey)
        #expect(inputs[1].senderKey == inputs[8].senderKey && storage(inputs[8].senderKey) == agency)
    }
}
