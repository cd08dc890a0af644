import GopyText
import Testing

/// Key words traced back to the commenter's own spelling.
@Suite struct MatchingKeySpansTests {
    func pairs(_ text: String, diacriticFree: Bool = false) -> [(String, String)] {
        (MatchingKey.sourcedWords(of: text, diacriticFree: diacriticFree) ?? []).map { (String($0.word), String(text[$0.range])) }
    }

    @Test func everyKeyWordPointsAtTheWordsItWasMadeFrom() {
        let text = "Đề nghị Ủy ban nhân dân tỉnh quan tâm kĩ năng, KT-XH và hoà bình!"
        let got = pairs(text)
        #expect(got.map(\.0) == MatchingKey.make(text).split(separator: " ").map(String.init))
        #expect(got.map(\.1) == ["Đề", "nghị", "Ủy ban nhân dân", "tỉnh", "quan", "tâm", "kĩ", "năng", "KT-XH", "và", "hoà", "bình"])
    }

    @Test func oneStretchCanMakeSeveralKeyWords() {
        let text = "Ý kiến của BCHTW về công tác cán bộ"
        let words = MatchingKey.sourcedWords(of: text, diacriticFree: false)!
        #expect(words.map(\.word).joined(separator: " ") == MatchingKey.make(text))
        #expect(words.filter { text[$0.range] == "BCHTW" }.count == 2)
    }

    @Test func textTypedWithoutDiacriticsIsTracedOnItsFoldedKey() {
        let text = "De nghi uy ban nhan dan tinh som dau tu nuoc sach."
        let got = pairs(text, diacriticFree: true)
        #expect(got.map(\.0) == MatchingKey.diacriticFree(text).split(separator: " ").map(String.init))
        #expect(got.contains { $0.1 == "uy ban nhan dan" })
    }

    @Test func aRunOfKeyWordsGivesTheTextBetweenThem() {
        let text = "Kính gửi Ban soạn thảo: đề nghị bổ sung nội dung về nước sạch."
        let words = MatchingKey.sourcedWords(of: text, diacriticFree: false)!
        #expect(MatchingKey.sourceText(text, of: words, 0..<4) == "Kính gửi Ban soạn")
        #expect(MatchingKey.sourceText(text, of: words, 5..<words.count) == "đề nghị bổ sung nội dung về nước sạch")
    }
}
