import Testing

@testable import GopyText

@Suite("Well-formed Vietnamese syllables")
struct VietnameseSyllableTests {
    @Test(arguments: [
        "a", "ở", "y", "yêu", "ý", "Việt", "người", "nước", "được", "nghiêng", "nghĩa", "khuya", "khuỷu", "quốc", "quý",
        "quyết", "quỳnh", "giữa", "gì", "gìn", "giếng", "hòa", "hoà", "thủy", "thuỷ", "Ủy", "uỷ", "khỏe", "khoẻ",
        "hoạch", "xuân", "thuở", "ngoằn", "chuyện", "kỹ", "kĩ", "lý", "lí", "oải", "Đắk", "Lắk", "Kạn", "VIỆT", "ĐẢNG",
        "Nam", "tiếng", "kìa", "mùa", "của", "nguyễn", "hướng", "bệnh", "thích", "ếch",
        "Vie\u{323}\u{302}t",  // NFD, dot below first
        "CHíNH", "ủY",  // TCVN3 capitals: toned letters come out lower case
    ])
    func wellFormed(word: String) {
        #expect(VietnameseSyllable.isWellFormed(word), "\(word)")
    }

    @Test(arguments: [
        "", "Céng", "hoµ", "Coäng", "Viá»‡t", "ViÖt", "nghÜa", "tØnh",  // mojibake
        "cé", "kuy", "ghá", "ngé", "qúy", "qua\u{301}\u{300}",  // spelling: c/k, gh, ng, qu, two tones
        "viet", "hoàt", "thưt",  // a stop final takes only sắc or nặng… and `viet` has none
        "mớc", "mớng",  // ơ takes neither c nor ng
        "việtt", "nguyễnn", "bcd", "fòng", "wá", "zô",  // no such final, no vowel, not Vietnamese letters
        "vIệt", "ViỆt",  // mixed case
        "ngheọ", "kiả", "hoạich",  // tone on the wrong vowel, no such nucleus
        "2020", "a-b",
    ])
    func notWellFormed(word: String) {
        #expect(!VietnameseSyllable.isWellFormed(word), "\(word)")
    }

    @Test func nearlyAllWordsOfRealSentencesAreWellFormed() {
        let words = VietnameseSamples.sentences.flatMap { $0.split { !$0.isLetter && $0 != "'" } }
        let good = words.filter { VietnameseSyllable.isWellFormed($0) }
        // Abbreviations (UBND, XIII), M'Nông and Krông are not syllables.
        #expect(Double(good.count) / Double(words.count) > 0.97)
    }
}
