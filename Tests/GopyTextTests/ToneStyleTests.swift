import Testing

@testable import GopyText

@Suite("Tone-mark style")
struct ToneStyleTests {
    @Test(arguments: [
        ("hoà", "hòa"), ("khoẻ", "khỏe"), ("thuỷ", "thủy"), ("Uỷ", "Ủy"), ("uỷ", "ủy"), ("hoá", "hóa"),
        ("xoè", "xòe"), ("loã", "lõa"), ("toạ", "tọa"), ("luỹ", "lũy"), ("tuỳ", "tùy"), ("nguỵ", "ngụy"),
        ("HOÀ", "HÒA"), ("THUỶ", "THỦY"), ("Hoà", "Hòa"), ("oà", "òa"),
    ])
    func oldAndNewStyle(new: String, old: String) {
        #expect(ToneStyle.old.apply(to: new) == old)
        #expect(ToneStyle.new.apply(to: old) == new)
        #expect(ToneStyle.old.apply(to: old) == old)
        #expect(ToneStyle.new.apply(to: new) == new)
        #expect(ToneStyle.keep.apply(to: new) == new)
    }

    @Test(arguments: [
        "quý", "Quý", "QUÝ", "quỳnh", "giữa", "già", "gìn", "hoàn", "toán", "khuya", "tuýt", "ngoài",
        "khoai", "thuở", "hoặc", "quyết", "khuỷu", "ngoẻo", "hoa", "thuy", "mùa", "múa",
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

    @Test func decomposedInputComesOutNFC() {
        let nfd = "tho\u{0309}a thuy\u{0309}"
        #expect(Array(ToneStyle.old.apply(to: nfd).utf8) == Array("thỏa thủy".utf8))
    }
}
