import GopyText

/// Detects general agreement: a comment that only agrees ("Tôi hoàn toàn nhất trí với dự
/// thảo", "Nhất trí cao với dự thảo", "Không có ý kiến bổ sung") and proposes nothing.
/// Sections count such comments; they are not listed as points.
public enum GeneralAgreement {
    /// Whether a comment, given by its matching key, is general agreement.
    ///
    /// Agreement phrases are looked for without diacritics; words of proposal or reservation
    /// as written, with their diacritics or wholly without them (so that "cán bộ" is not read
    /// as "cần", while "can lam ro" typed without diacritics is).
    public static func isGeneral(matchingKey: String) -> Bool {
        let words = matchingKey.split(separator: " ")
        guard !words.isEmpty, words.count <= maxWords else { return false }
        let folded = Folding.words(matchingKey).split(separator: " ")
        guard contains(agreement, in: folded) else { return false }
        // Both spellings: "cần" where the writer used diacritics, "can" where they did not
        // ("cán" in a key with diacritics stays "cán", so it never reads as "can").
        return !contains(substantive, in: words) && !contains(substantiveFolded, in: words)
    }

    /// Longer comments say something beyond agreement.
    static let maxWords = 20

    /// Phrases of agreement, diacritic-free.
    static let agreement = phrases([
        "nhat tri", "dong y", "dong tinh", "tan thanh", "thong nhat voi", "thong nhat cao",
        "khong co y kien", "khong co gop y", "khong gop y them", "khong bo sung gi",
    ])

    /// Words that carry a proposal or a reservation, in the matching key's spelling.
    static let substantive = phrases([
        "đề nghị", "kiến nghị", "nên", "cần", "phải", "sửa", "làm rõ", "thay thế", "tuy nhiên",
        "nhưng", "riêng", "ngoài ra", "chưa", "điều chỉnh", "xem xét", "nghiên cứu",
        "bổ sung vào", "bổ sung nội dung", "còn thiếu", "còn dài", "lưu ý",
    ])
    static let substantiveFolded = phrases(substantive.map { Folding.words($0.joined(separator: " ")) })

    private static func phrases(_ list: [String]) -> [[Substring]] {
        list.map { $0.split(separator: " ") }
    }

    /// Whether any phrase occurs in `words` as a run of whole words.
    private static func contains(_ phrases: [[Substring]], in words: [Substring]) -> Bool {
        phrases.contains { phrase in
            guard phrase.count <= words.count else { return false }
            return (0...(words.count - phrase.count)).contains { start in
                words[start..<start + phrase.count].elementsEqual(phrase)
            }
        }
    }
}
