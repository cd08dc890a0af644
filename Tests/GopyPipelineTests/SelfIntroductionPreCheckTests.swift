@testable import GopyPipeline
import GopyTestSupport
import Testing

/// A commenter's name in "Tôi là …" is masked; the byte pre-check that spares most comments
/// the regular expression must never change what is masked.
@Suite struct SelfIntroductionPreCheckTests {
    /// The masking as the regular expression alone does it.
    func reference(_ text: String) -> String {
        text.replacing(CommentAssembler.selfIntroduction) { $0.output.1 + "[họ tên]" }
    }

    @Test(arguments: [
        ("Tôi là Trần Thị Mai, đề nghị bổ sung chỉ tiêu.", "Tôi là [họ tên], đề nghị bổ sung chỉ tiêu."),
        ("TÔI LÀ Nguyễn Văn Bình ở xã Hòa Phú", "TÔI LÀ [họ tên] ở xã Hòa Phú"),
        ("Họ và tên: Lê Hữu Phước. Ý kiến: nhất trí.", "Họ và tên: [họ tên]. Ý kiến: nhất trí."),
        ("NGƯỜI GÓP Ý: Phạm Quang Vinh", "NGƯỜI GÓP Ý: [họ tên]"),
        ("Tên tôi là Đỗ Thu Hà.", "Tên tôi là [họ tên]."),
        ("Học sinh cần được học bơi.", "Học sinh cần được học bơi."),
        ("tôi là người dân, đề nghị làm đường", "tôi là người dân, đề nghị làm đường"),
    ])
    func masksTheNameAfterAnIntroduction(text: String, expected: String) {
        #expect(CommentAssembler.maskingSelfIntroductions(text) == expected)
        #expect(reference(text) == expected)
    }

    @Test func thePreCheckNeverChangesTheResult() {
        let words = [
            "tôi", "Tôi", "TÔI", "là", "LÀ", "Là", "tên", "Tên", "TÊN", "họ", "Họ", "HỌ", "và", "VÀ", "người", "Người",
            "NGƯỜI", "góp", "GÓP", "ý", "Ý", "học", "Học", "sinh", ":", "Trần", "Thị", "Mai", "Lê", "Văn", "Hùng",
            "đề", "nghị", "bổ", "sung", ",", "\n", "  ", "[họ tên]", "tôi  là", "Nguyễn",
        ]
        let phrases = ["tôi là", "Tôi là", "TÔI LÀ", "tôi tên là", "Tên tôi là", "Họ và tên", "HỌ TÊN", "họ tên", "Người góp ý", "NGƯỜI GÓP Ý", "tôi lả", "họ tến"]
        let names = ["Trần", "Thị", "Mai", "Lê", "Văn", "Hùng", "Nguyễn", "Ánh", "ĐỖ"]
        var random = SplitMix64(seed: 4)
        var introductions = 0
        for _ in 0..<5_000 {
            var parts = (0..<Int.random(in: 0...6, using: &random)).map { _ in words.randomElement(using: &random)! }
            if Bool.random(using: &random) {
                parts.append(phrases.randomElement(using: &random)! + [" ", ": ", " :  ", ":", "\t"].randomElement(using: &random)!)
                parts += (0..<Int.random(in: 0...6, using: &random)).map { _ in names.randomElement(using: &random)! }
            }
            parts += (0..<Int.random(in: 0...6, using: &random)).map { _ in words.randomElement(using: &random)! }
            let text = parts.joined(separator: " ")
            let expected = reference(text)
            if expected != text { introductions += 1 }
            #expect(CommentAssembler.maskingSelfIntroductions(text) == expected, "\(text)")
        }
        #expect(introductions > 1_000, "the generated texts hold introductions")
    }
}
