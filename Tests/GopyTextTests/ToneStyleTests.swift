import GopyTestSupport
import Testing

@testable import GopyText

@Suite("Tone-mark style")
struct ToneStyleTests {
    @Test(arguments: [
        ("hoà", "hòa"), ("khoẻ", "khỏe"), ("thuỷ", "thủy"), ("Uỷ", "Ủy"), ("uỷ", "ủy"), ("hoá", "hóa"),
        ("xoè", "xòe"), ("loã", "lõa"), ("toạ", "tọa"), ("luỹ", "lũy"), ("tuỳ", "tùy"), ("nguỵ", "ngụy"),
        ("HOÀ", "HÒA"), ("THUỶ", "THỦY"), ("Hoà", "Hòa"), ("oà", "òa"), ("KHOẺ", "KHỎE"), ("UỶ", "ỦY"),
        ("nghoè", "nghòe"), ("Thuý", "Thúy"), ("choá", "chóa"),
    ])
    func oldAndNewStyle(new: String, old: String) {
        #expect(ToneStyle.old.apply(to: new) == old)
        #expect(ToneStyle.new.apply(to: old) == new)
        #expect(ToneStyle.old.apply(to: old) == old)
        #expect(ToneStyle.new.apply(to: new) == new)
        #expect(ToneStyle.keep.apply(to: new) == new)
        #expect(ToneStyle.keep.apply(to: old) == old)
    }

    @Test(arguments: [
        // qu and gi are consonants: the vowel after them carries the tone in both styles.
        "quý", "Quý", "QUÝ", "quỹ", "quà", "quạ", "quỳnh", "giữa", "già", "gìn", "giỏi",
        // Closed syllables with oa, oe, uy.
        "hoàn", "toán", "hoạt", "khoét", "xoẹt", "tuýt", "suýt", "huých", "HOÀN", "Toán",
        // Three-vowel clusters and shaped vowels.
        "khuya", "ngoài", "khoai", "khuyên", "khuỷu", "ngoẻo", "xoáy", "thuở", "hoặc", "quyết", "thuận", "Huế",
        // No tone, or no pair.
        "hoa", "thuy", "mùa", "múa", "ủng", "ốc",
    ])
    func unchangedSyllables(word: String) {
        #expect(ToneStyle.old.apply(to: word) == word)
        #expect(ToneStyle.new.apply(to: word) == word)
    }

    @Test func mixedText() {
        let new = "Uỷ ban MTTQ: hoà bình, sức khoẻ và thuỷ lợi; quý hoàn toàn giữa khuya. Cấp uỷ (2025)!"
        let old = "Ủy ban MTTQ: hòa bình, sức khỏe và thủy lợi; quý hoàn toàn giữa khuya. Cấp ủy (2025)!"
        #expect(ToneStyle.old.apply(to: new) == old)
        #expect(ToneStyle.new.apply(to: old) == new)
    }

    @Test func bothStylesInOneText() {
        let mixed = "Ủy ban và cấp uỷ; HOÀ BÌNH, hòa giải; khỏe và khoẻ. THỦY LỢI, thuỷ sản"
        #expect(ToneStyle.old.apply(to: mixed) == "Ủy ban và cấp ủy; HÒA BÌNH, hòa giải; khỏe và khỏe. THỦY LỢI, thủy sản")
        #expect(ToneStyle.new.apply(to: mixed) == "Uỷ ban và cấp uỷ; HOÀ BÌNH, hoà giải; khoẻ và khoẻ. THUỶ LỢI, thuỷ sản")
        #expect(ToneStyle.keep.apply(to: mixed) == mixed)
    }

    @Test func decomposedInputComesOutNFC() {
        let nfd = "tho\u{0309}a thuy\u{0309}"
        #expect(Array(ToneStyle.old.apply(to: nfd).utf8) == Array("thỏa thủy".utf8))
        #expect(Array(ToneStyle.new.apply(to: "tho\u{0309}a").utf8) == Array("thoả".utf8))
    }

    @Test func wordsNextToDigitsAndMarksStayWords() {
        // A digit belongs to the word: "hoà2" is not an open syllable.
        #expect(ToneStyle.old.apply(to: "hoà2 hoà-2 (hoà)") == "hoà2 hòa-2 (hòa)")
        #expect(ToneStyle.new.apply(to: "x.hòa,hòa") == "x.hoà,hoà")
        #expect(ToneStyle.old.apply(to: "") == "")
    }

    /// The rule written the slow way: every word (run of word scalars) restyled on its own.
    static func reference(_ text: String, _ style: ToneStyle) -> String {
        var out = String.UnicodeScalarView()
        var word: [Unicode.Scalar] = []
        func flush() {
            VietnameseVowels.restyle(&word, to: style)
            out.append(contentsOf: word)
            word = []
        }
        for scalar in TextNormalizer.nfc(text).unicodeScalars {
            if VietnameseLetters.isWordScalar(scalar) {
                word.append(scalar)
            } else {
                flush()
                out.append(scalar)
            }
        }
        flush()
        return String(out)
    }

    @Test func randomTextsAgreeWithTheWordByWordRule() {
        let pieces = ["o", "u", "O", "U", "a", "e", "y", "à", "ả", "ẹ", "ỷ", "ý", "ò", "ủ", "Ọ", "Ũ", "h", "ng", "q", "gi", "t",
                      " ", ",", "2", "“", "ê", "ơ", "\u{0301}", "–", "n", "x"]
        var generator = SplitMix64(seed: 1258)
        for _ in 0..<4000 {
            let length = Int.random(in: 1...10, using: &generator)
            let text = (0..<length).map { _ in pieces.randomElement(using: &generator)! }.joined()
            for style in [ToneStyle.old, .new] {
                let expected = Self.reference(text, style)
                #expect(Array(style.apply(to: text).utf8) == Array(expected.utf8), "\(style) \(Array(text.unicodeScalars))")
            }
        }
    }
}
