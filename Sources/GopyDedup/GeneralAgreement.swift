import GopyText

/// Detects general agreement: a comment that only agrees ("Tôi hoàn toàn nhất trí với dự
/// thảo", "Nhất trí cao với dự thảo", "Không có ý kiến bổ sung"), perhaps with courtesies
/// that carry no proposal ("Chúc Đại hội thành công tốt đẹp", "đề nghị sớm hoàn thiện dự
/// thảo"), and proposes nothing. Sections count such comments; they are not listed as points.
///
/// A comment is general agreement when, on its words:
/// 1. it holds a phrase of agreement;
/// 2. no word of proposal or reservation ("đề nghị", "cần", "nhưng", "không" …) stands
///    outside the phrases of agreement and courtesy. A courtesy that starts with a proposal
///    word ("đề nghị sớm hoàn thiện") counts as one only when what follows it is the draft,
///    another courtesy, or the end ("đề nghị sớm hoàn thiện cơ chế …" proposes something);
/// 3. at most `maxUnknownWords` of its words are outside those phrases and the vocabulary of
///    such comments (who agrees, what draft, praise of it);
/// 4. it has at most `maxWords` words.
public enum GeneralAgreement {
    /// Whether a comment, given by its matching key, is general agreement.
    ///
    /// Phrases are looked for without diacritics; words of proposal or reservation as written,
    /// with their diacritics or wholly without them (so that "cán bộ" is not read as "cần",
    /// while "can lam ro" typed without diacritics is).
    public static func isGeneral(matchingKey: String) -> Bool {
        guard KeyBytes.hasSyllables(matchingKey, atLeast: 1), !KeyBytes.hasSyllables(matchingKey, atLeast: maxWords + 1) else {
            return false
        }
        let words = matchingKey.split(separator: " ")
        let folded = Folding.words(matchingKey).split(separator: " ")
        guard folded.count == words.count else { return false }

        // Words inside phrases of agreement or courtesy.
        var inPhrase = [Bool](repeating: false, count: words.count)
        var agrees = false
        for (start, length) in occurrences(agreement, in: folded) {
            agrees = true
            for i in start..<start + length { inPhrase[i] = true }
        }
        guard agrees else { return false }
        for (start, length) in occurrences(courtesy, in: folded) {
            for i in start..<start + length { inPhrase[i] = true }
        }
        // Guarded courtesies, from the last: the end, a phrase, or the draft must follow.
        for (start, length) in occurrences(guardedCourtesy, in: folded).reversed() {
            let next = start + length
            let followed = next == folded.count || inPhrase[next]
                || continuations.contains { next + $0.count <= folded.count && folded[next..<next + $0.count].elementsEqual($0) }
            guard followed else { continue }
            for i in start..<next { inPhrase[i] = true }
        }

        // Proposal or reservation outside the phrases.
        for list in [substantive, substantiveFolded] {
            for (start, length) in occurrences(list, in: words) where !(start..<start + length).allSatisfy({ inPhrase[$0] }) {
                return false
            }
        }
        var unknown = 0
        for (i, word) in folded.enumerated() where !inPhrase[i] && !vocabulary.contains(String(word)) && !isNumber(word) {
            unknown += 1
        }
        return unknown <= maxUnknownWords
    }

    /// Longer comments say something beyond agreement.
    static let maxWords = 50
    /// Words outside the vocabulary of agreement tolerated (a unit's name: "chi bộ thôn 3").
    static let maxUnknownWords = 2

    /// Phrases of agreement, diacritic-free.
    static let agreement = phrases([
        "nhat tri", "dong y", "dong tinh voi", "tan thanh", "thong nhat voi", "thong nhat cao", "hoan toan thong nhat",
        "ung ho du thao", "ung ho noi dung du thao", "khong co y kien", "khong co gop y", "khong gop y them",
        "khong bo sung gi", "khong co gi bo sung", "khong co y kien bo sung", "khong co y kien gi them",
        "rat tam dac", "danh gia cao du thao",
    ])

    /// Courtesies and praise that propose nothing, diacritic-free.
    static let courtesy = phrases([
        "chuc dai hoi thanh cong", "kinh chuc dai hoi thanh cong", "thanh cong tot dep", "thanh cong rat ro",
        "xin chan thanh cam on", "tran trong cam on", "xin cam on", "chan thanh cam on",
        "khong co y kien gi them", "khong co y kien gi khac",
        "chuan bi cong phu", "cong phu", "ky luong", "chu dao", "cong phu ky luong", "sau sac", "toan dien",
        "sat thuc te", "sat voi thuc tien", "phan anh dung", "khoa hoc", "chat che", "ngan gon", "suc tich",
    ])

    /// Courtesies that start like a proposal: one only when the draft, another courtesy, or
    /// the end follows.
    static let guardedCourtesy = phrases([
        "de nghi som hoan thien", "de nghi som ban hanh", "de nghi hoan thien", "de nghi som trinh",
        "de nghi ban soan thao tiep thu", "de nghi ban soan thao tiep thu hoan thien", "de nghi tiep thu hoan thien",
        "de nghi dai hoi thong qua", "de nghi thong qua", "mong du thao som duoc thong qua", "de trinh dai hoi",
        "som hoan thien", "tiep thu hoan thien",
    ])

    /// What may follow a guarded courtesy: the draft, or the congress it goes to.
    static let continuations = phrases([
        "du thao", "van kien", "bao cao", "de trinh", "trinh dai hoi", "va trinh", "truoc khi trinh",
        "dai hoi", "noi dung du thao",
    ])

    /// Words such comments are made of: who agrees, what draft, praise (diacritic-free; each
    /// only lowers the count of unknown words, never excuses a word of proposal).
    static let vocabulary: Set<String> = Set("""
        toi chung em chau ca nhan ban than dang vien can bo chi doan hoi nghi cac y kien da so tat hoan toan rat cao co \
        voi va cung deu la duoc cua nay noi dung du thao bao chinh tri van kien cuc ket cau the dai tinh huyen xa \
        lan thu nhiem ky khoa trinh thong qua chuc thanh cong tot dep xin cam on tran trong mong som thien \
        phan toan bo ve de nhung nguoi dan chi bo chung toi minh hop ly day du ro rang chuan bi tam dac danh gia \
        mat tran to quoc ban soan thao tiep thu ve co ban nhat tri dong y
        """.split(separator: " ").map(String.init))

    /// Words of proposal or reservation, in the matching key's spelling.
    static let substantive = phrases([
        "đề nghị", "kiến nghị", "nên", "cần", "phải", "sửa", "làm rõ", "thay thế", "tuy nhiên",
        "nhưng", "riêng", "ngoài ra", "chưa", "điều chỉnh", "xem xét", "nghiên cứu", "không",
        "bổ sung", "còn thiếu", "còn dài", "lưu ý", "băn khoăn", "đề xuất",
    ])
    static let substantiveFolded = phrases(substantive.map { Folding.words($0.joined(separator: " ")) })

    private static func phrases(_ list: [String]) -> [[Substring]] {
        list.map { $0.split(separator: " ") }
    }

    private static func isNumber(_ word: Substring) -> Bool {
        word.utf8.allSatisfy { (0x30...0x39).contains($0) } || word.utf8.allSatisfy { $0 == 0x69 || $0 == 0x76 || $0 == 0x78 }
    }

    /// Where each phrase occurs in `words` as a run of whole words: (start, length).
    private static func occurrences(_ phrases: [[Substring]], in words: [Substring]) -> [(Int, Int)] {
        var found: [(Int, Int)] = []
        for phrase in phrases where phrase.count <= words.count {
            for start in 0...(words.count - phrase.count) where words[start..<start + phrase.count].elementsEqual(phrase) {
                found.append((start, phrase.count))
            }
        }
        return found.sorted { $0.0 < $1.0 }
    }
}
