import Testing

@testable import GopyText

@Suite("Matching keys")
struct MatchingKeyTests {
    @Test func keyIsLowerCaseOldStyleWithoutPunctuation() {
        #expect(MatchingKey.make("Đề nghị: bổ sung “HOÀ BÌNH”, sức khoẻ & thuỷ lợi!!") == "đề nghị bổ sung hòa bình sức khỏe thủy lợi")
        #expect(MatchingKey.make("  Mục 2.3 — trang 5  ") == "mục 2 3 trang 5")
        #expect(MatchingKey.make("...") == "")
    }

    @Test func sameWordingSameKey() {
        let variants = [
            "Cần nâng cao sức khoẻ nhân dân, hoà bình.",
            "cần nâng cao sức khỏe nhân dân hòa bình",
            "CẦN NÂNG CAO SỨC KHỎE NHÂN DÂN – HOÀ BÌNH",
            "Ca\u{0302}\u{0300}n na\u{0302}ng cao su\u{031B}\u{0301}c kho\u{0309}e nha\u{0302}n da\u{0302}n; ho\u{0300}a bi\u{0300}nh",
            "Cần\tnâng cao\nsức khoẻ  nhân dân (hoà bình)",
        ]
        let keys = Set(variants.map { Array(MatchingKey.make($0).utf8) })
        #expect(keys.count == 1)
        #expect(MatchingKey.make(variants[0]) == "cần nâng cao sức khỏe nhân dân hòa bình")
    }

    @Test func keyKeepsDiacritics() {
        #expect(MatchingKey.make("bán") != MatchingKey.make("bàn"))
        #expect(MatchingKey.make("Quý") == "quý")
    }

    @Test func diacriticFreeKey() {
        #expect(MatchingKey.diacriticFree("Huyện ủy  Krông-Pắc, ĐỒNG Ý!") == "huyen uy krong pac dong y")
        #expect(MatchingKey.diacriticFree("Vie\u{0323}\u{0302}t ðồng") == "viet dong")
        #expect(MatchingKey.diacriticFree("hoà") == MatchingKey.diacriticFree("hòa"))
    }
}

@Suite("Folding")
struct FoldingTests {
    @Test func words() {
        #expect(Folding.words("Huyện ủy  Krông-Pắc") == "huyen uy krong pac")
        #expect(Folding.words("  Ðảng ủy, 2025: ƯU TIÊN ") == "dang uy 2025 uu tien")
        #expect(Folding.words("Ça va, Straße") == "ça va straße")
        #expect(Folding.words("!!!") == "")
    }

    @Test func compact() {
        #expect(Folding.compact("Phần/mục góp ý") == "phanmucgopy")
        #expect(Folding.compact("Số điện thoại") == "sodienthoai")
    }
}

@Suite("Matching key invariants")
struct MatchingKeyInvariantTests {
    static let syllables = [
        "hoà", "hòa", "khoẻ", "thuỷ", "Uỷ", "quý", "giữa", "hoàn", "toán", "khuya", "Việt", "ĐỔI", "mới", "nghiêng",
        "người", "2025", "I.1", "x", "ạ", "ÝÊ", "Ưu", "Ơn", "Ăn", "Ĩ", "Ũ", "ngụy", "ngoài",
    ]
    static let separators = [" ", ", ", "; ", "\n", " – ", "(", ")", "...", "“", "”", "/"]

    /// A fully decomposed copy of Vietnamese text (NFD: dot below before the other marks).
    static func decomposed(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            out.append(contentsOf: Self.nfd[scalar.value] ?? [scalar])
        }
        return String(out)
    }

    /// Precomposed letter → base + marks, built by composing every base + marks spelling.
    static let nfd: [UInt32: [Unicode.Scalar]] = {
        var table: [UInt32: [Unicode.Scalar]] = [:]
        let bases: [Unicode.Scalar] = ["a", "e", "i", "o", "u", "y", "A", "E", "I", "O", "U", "Y", "d", "D"]
        let shapes: [[Unicode.Scalar]] = [[], ["\u{0302}"], ["\u{0306}"], ["\u{031B}"]]
        let tones: [[Unicode.Scalar]] = [[], ["\u{0323}"], ["\u{0300}"], ["\u{0301}"], ["\u{0309}"], ["\u{0303}"]]
        for base in bases {
            for shape in shapes {
                for tone in tones {
                    let sequence = [base] + (tone == ["\u{0323}"] ? tone + shape : shape + tone)
                    guard sequence.count > 1 else { continue }
                    var view = String.UnicodeScalarView()
                    view.append(contentsOf: sequence)
                    let composed = String(decoding: String(view)._nfcCodeUnits, as: UTF8.self).unicodeScalars
                    if composed.count == 1 { table[composed.first!.value] = sequence }
                }
            }
        }
        return table
    }()

    @Test func keyIgnoresFormCaseToneStyleAndPunctuation() {
        var generator = SplitMix64(seed: 7)
        for _ in 0..<500 {
            let count = Int.random(in: 1...8, using: &generator)
            var text = ""
            for k in 0..<count {
                if k > 0 { text += Self.separators.randomElement(using: &generator)! }
                text += Self.syllables.randomElement(using: &generator)!
            }
            let key = MatchingKey.make(text)
            #expect(MatchingKey.make(Self.decomposed(text)) == key, "NFD: \(text)")
            #expect(Array(MatchingKey.make(Self.decomposed(text)).utf8) == Array(key.utf8), "NFD bytes: \(text)")
            #expect(MatchingKey.make(text.uppercased()) == key, "upper: \(text)")
            #expect(MatchingKey.make(ToneStyle.new.apply(to: text)) == key, "new style: \(text)")
            #expect(MatchingKey.make(key) == key, "idempotent: \(text)")
            #expect(!key.hasPrefix(" ") && !key.hasSuffix(" ") && !key.contains("  "))
        }
    }

    @Test func fastLowerCaseAgreesWithUnicode() {
        for value in Array(0..<0x250) + Array(0x1E00...0x1EFF) {
            guard let scalar = Unicode.Scalar(UInt32(value)), let lower = VietnameseLetters.lowercased(scalar) else { continue }
            #expect(String(lower) == scalar.properties.lowercaseMapping, "U+\(String(value, radix: 16))")
        }
    }

    @Test func foldingTablesAgree() {
        for (letter, base) in Folding.baseLetter {
            #expect(Folding.baseASCII(letter) == UInt8(base))
        }
        #expect(Folding.baseASCII(0xE7) == nil)  // ç is not Vietnamese
        #expect(Folding.words("e\u{0323}\u{0302}") == "e")
    }
}
