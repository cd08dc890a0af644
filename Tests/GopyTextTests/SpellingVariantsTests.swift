import Testing

@testable import GopyText

@Suite("i/y spelling variants in keys")
struct SpellingVariantsTests {
    /// Pairs that are one word spelled two ways: same key.
    @Test(arguments: [
        ("kĩ thuật", "kỹ thuật"), ("lí luận", "lý luận"), ("Mĩ", "Mỹ"), ("mĩ thuật", "mỹ thuật"),
        ("qui định", "quy định"), ("quí", "quý"), ("quĩ", "quỹ"), ("tỉ lệ", "tỷ lệ"), ("hi sinh", "hy sinh"),
        ("hi vọng", "hy vọng"), ("bác sĩ", "bác sỹ"), ("kì họp", "kỳ họp"), ("kí kết", "ký kết"), ("công ti", "công ty"),
        ("KĨ THUẬT", "kỹ thuật"), ("Lí", "lý"), ("í kiến", "ý kiến"), ("ỉ lại", "ỷ lại"), ("nhiệm kì", "nhiệm kỳ"),
        ("Qui", "QUY"),
    ])
    func variantsShareAKey(_ one: String, _ other: String) {
        #expect(MatchingKey.make(one) == MatchingKey.make(other))
        #expect(MatchingKey.diacriticFree(one) == MatchingKey.diacriticFree(other))
    }

    @Test func keysWriteY() {
        #expect(MatchingKey.make("kĩ thuật, lí luận, Mĩ, tỉ lệ, hi sinh") == "kỹ thuật lý luận mỹ tỷ lệ hy sinh")
        #expect(MatchingKey.make("ý kiến, đồng ý, í kiến") == "ý kiến đồng ý ý kiến")
        #expect(MatchingKey.diacriticFree("ki thuat, li luan, ty le") == "ky thuat ly luan ty le")
        // Decomposed input folds the same.
        #expect(MatchingKey.make("ki\u{0303} thua\u{0323}\u{0302}t") == "kỹ thuật")
    }

    /// Words where `y` or `i` is not the lone vowel of an open syllable after h, k, l, m, s, t, qu
    /// (or none): different words, different keys.
    @Test(arguments: [
        ("may", "mai"), ("mây", "mâi"), ("tay", "tai"), ("tuy", "tui"), ("thủy", "thủi"), ("huy", "hui"),
        ("yêu", "iêu"), ("khuyên", "khuiên"), ("khuya", "khuia"), ("xoáy", "xoái"), ("khuấy", "khuấi"),
        ("quýt", "quít"), ("quỳnh", "quình"), ("kín", "kýn"), ("thi", "thy"), ("đi", "đy"), ("chỉ", "chỷ"),
        ("gì", "gỳ"), ("nghị", "nghỵ"), ("vi", "vy"), ("di", "dy"),
    ])
    func otherWordsKeepTheirSpelling(_ one: String, _ other: String) {
        #expect(MatchingKey.make(one) != MatchingKey.make(other))
        #expect(MatchingKey.make(one) == one, "\(one) is written as it is")
    }

    @Test func romanNumeralsAndTheLetterIStay() {
        #expect(MatchingKey.make("Phần I, mục II, Chương VI, Điều LI, Mục MI") == "phần i mục ii chương vi điều li mục mi")
        #expect(MatchingKey.make("I.1") == "i 1")
        #expect(MatchingKey.diacriticFree("Phan I muc II") == "phan i muc ii")
        // In lower case, "li" and "mi" are words that take y.
        #expect(MatchingKey.make("một li, mì") == "một ly mỳ")
    }

    @Test func ruleOnItsOwn() {
        #expect(SpellingVariants.foldsToY(scalars: 1, first: 0xED, second: 0, toned: true, allUpper: false))
        #expect(!SpellingVariants.foldsToY(scalars: 1, first: 0x69, second: 0, toned: false, allUpper: false))
        #expect(SpellingVariants.foldsToY(scalars: 2, first: 0x6B, second: 0x69, toned: false, allUpper: false))
        #expect(!SpellingVariants.foldsToY(scalars: 2, first: 0x76, second: 0x69, toned: false, allUpper: false))
        #expect(!SpellingVariants.foldsToY(scalars: 2, first: 0x6D, second: 0x69, toned: false, allUpper: true))
        #expect(SpellingVariants.foldsToY(scalars: 2, first: 0x6D, second: 0x129, toned: true, allUpper: true))
        #expect(SpellingVariants.foldsToY(scalars: 3, first: 0x71, second: 0x75, toned: false, allUpper: false))
        #expect(!SpellingVariants.foldsToY(scalars: 3, first: 0x74, second: 0x68, toned: false, allUpper: false))
        #expect(!SpellingVariants.foldsToY(scalars: 4, first: 0x6E, second: 0x67, toned: true, allUpper: false))
        for value: UInt32 in [0x69, 0xEC, 0xED, 0x1EC9, 0x129, 0x1ECB] {
            let y = SpellingVariants.yForI(value)!
            // Same tone: the i and the y fold to the same letter without their marks.
            #expect(Folding.words(String(Unicode.Scalar(value)!)) == "i")
            #expect(Folding.words(String(Unicode.Scalar(y)!)) == "y")
            #expect(VietnameseVowels.parts(Unicode.Scalar(value)!)?.tone == VietnameseVowels.parts(Unicode.Scalar(y)!)?.tone)
            #expect(VietnameseVowels.parts(Unicode.Scalar(y)!)?.base == "y")
        }
        #expect(SpellingVariants.yForI(0x79) == nil)
    }
}
