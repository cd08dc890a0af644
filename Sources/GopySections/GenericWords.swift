/// Words that say nothing about which section a comment is about: Vietnamese grammatical
/// words (của, và, các, được …) and pronouns. ``SectionInferrer`` weighs them down, never out:
/// over a dozen sections, inverse document frequency alone cannot tell that "của" is common.
///
/// `không`, `cần`, `phải`, `nên` are not among them: they change what a comment says.
enum GenericWords {
    /// One syllable each.
    static let syllables: [String] = [
        "của", "và", "các", "những", "được", "là", "có", "cho", "với", "trong", "để", "đã", "sẽ", "đang",
        "này", "đó", "ấy", "một", "từ", "theo", "tại", "về", "ra", "vào", "bị", "thì", "mà", "nhưng", "hoặc",
        "như", "khi", "nếu", "vì", "do", "hơn", "rất", "nhiều", "ít", "cũng", "còn", "nữa", "lại", "đến",
        "tới", "trên", "dưới", "sau", "trước", "qua", "bằng", "nào", "gì", "đây", "vẫn", "đều", "chỉ",
        "mỗi", "mọi", "cả", "từng", "việc", "sự", "nơi", "tôi", "chúng", "ta", "mình", "họ", "ở", "thêm",
        "hết", "rồi", "lên", "đi", "nhất", "thứ", "lần", "số",
    ]

    /// The stock verbs and modifiers of Vietnamese policy writing: every section of a report
    /// uses them ("tăng cường", "đẩy mạnh", "chặt chẽ", "hiệu quả"), so they say what a comment
    /// wants done, not what about. Two syllables each; weighed down less than grammatical words.
    static let policyPhrases: [String] = [
        "tăng cường", "đẩy mạnh", "nâng cao", "phát huy", "xây dựng", "phát triển", "quản lý", "chặt chẽ",
        "hiệu quả", "tích cực", "kiên quyết", "tập trung", "thực hiện", "quan tâm", "chú trọng", "củng cố",
        "bảo đảm", "đảm bảo", "đổi mới", "hoàn thiện", "giữ vững", "triển khai", "tiếp tục", "đề nghị",
        "bổ sung", "đánh giá", "nêu rõ", "làm rõ", "cụ thể", "kịp thời", "giải quyết", "hỗ trợ",
    ]

    /// Words never weighed down, even when the draft's title holds them.
    static let kept: [String] = ["không", "cần", "phải", "nên"]
}

extension GenericWords {
    /// The generic words as hashes of one kind of key, with their weights.
    struct Hashes {
        /// Syllables and bigrams → the factor their contributions are multiplied by.
        var generic: [UInt64: Double] = [:]
        /// Grammatical syllables: a bigram with one is generic too.
        var grammatical = Set<UInt64>()
        /// The stock phrases (bigrams): skipped before the head of a title.
        var stock = Set<UInt64>()

        /// Grammatical words, stock phrases, and the words of the draft's own title ("Báo cáo
        /// chính trị … Đảng bộ tỉnh …"), which every section shares whether or not the outline
        /// repeats them; never ``kept``.
        init(draftTitle: String, weights: SectionInferrer.Weights, folded: Bool) {
            func hashes(_ text: String) -> [UInt64] { SyllableHash.syllables(of: text, folded: folded) }
            for word in GenericWords.syllables {
                for hash in hashes(word) {
                    generic[hash] = weights.generic
                    grammatical.insert(hash)
                }
            }
            for phrase in GenericWords.policyPhrases {
                let syllables = hashes(phrase)
                if syllables.count == 2 {
                    let bigram = SyllableHash.bigram(syllables[0], syllables[1])
                    generic[bigram] = weights.policy
                    stock.insert(bigram)
                }
                for syllable in syllables where generic[syllable] == nil { generic[syllable] = weights.policy }
            }
            let title = hashes(draftTitle)
            for (i, syllable) in title.enumerated() {
                generic[syllable] = weights.generic
                if i + 1 < title.count { generic[SyllableHash.bigram(syllable, title[i + 1])] = weights.generic }
            }
            for word in GenericWords.kept {
                for hash in hashes(word) {
                    generic[hash] = nil
                    grammatical.remove(hash)
                }
            }
        }
    }
}
